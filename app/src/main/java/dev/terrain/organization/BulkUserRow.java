package dev.terrain.organization;

import java.util.List;

/**
 * One row of a bulk upsert. It updates the user with the same {@code externalId}, else the one with the same
 * e-mail (case-insensitive), else creates a user. {@code groups} lists group names and, when present, replaces
 * the user's memberships; {@code password} is optional (a user created without one cannot sign in until an
 * admin sets one); {@code active} defaults to true on creation and is left alone on update when absent.
 */
public record BulkUserRow(String externalId, String email, String displayName, String role, Boolean active,
        String password, String homeAddress, Double latitude, Double longitude, List<String> groups) {
}
