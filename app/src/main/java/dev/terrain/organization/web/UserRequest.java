package dev.terrain.organization.web;

import java.util.List;
import java.util.UUID;

import dev.terrain.organization.GroupId;
import dev.terrain.organization.UserDraft;

/**
 * A user as sent to {@code POST} and {@code PUT /api/v1/users}. {@code password} is read on creation only
 * (blank: one is generated and returned once); {@code groupIds} absent keeps the current groups on update.
 */
record UserRequest(String email, String displayName, String role, String homeAddress, Double latitude,
        Double longitude, String externalId, List<UUID> groupIds, String password) {

    UserDraft draft() {
        return new UserDraft(email, displayName, role, homeAddress, latitude, longitude, externalId,
                groupIds == null ? null : groupIds.stream().map(id -> id == null ? null : new GroupId(id)).toList());
    }
}
