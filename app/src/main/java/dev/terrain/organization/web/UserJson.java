package dev.terrain.organization.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.terrain.organization.Role;
import dev.terrain.organization.UserView;

/** A user in the REST API. */
record UserJson(UUID id, String email, String displayName, Role role, boolean active, String homeAddress,
        Double latitude, Double longitude, String externalId, List<GroupRefJson> groups, Instant createdAt,
        Instant updatedAt) {

    record GroupRefJson(UUID id, String name) {
    }

    static UserJson of(UserView user) {
        var home = user.home();
        return new UserJson(user.id().value(), user.email(), user.displayName(), user.role(), user.active(),
                home == null ? null : home.address(), home == null ? null : home.latitude(),
                home == null ? null : home.longitude(), user.externalId(),
                user.groups().stream().map(g -> new GroupRefJson(g.id().value(), g.name())).toList(),
                user.createdAt(), user.updatedAt());
    }
}
