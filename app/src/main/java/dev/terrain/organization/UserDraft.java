package dev.terrain.organization;

import java.util.List;

/**
 * What an admin or supervisor enters to create or edit a user. Values are checked by {@link UserManagement},
 * which names every failing field: {@code email}, {@code displayName}, {@code role}, {@code homeAddress},
 * {@code latitude}, {@code longitude}, {@code externalId}, {@code groupIds}.
 *
 * @param groupIds the groups the user belongs to; {@code null} keeps the current ones when editing
 */
public record UserDraft(String email, String displayName, String role, String homeAddress, Double latitude,
        Double longitude, String externalId, List<GroupId> groupIds) {
}
