package dev.terrain.organization;

import java.time.Instant;
import java.util.List;

/** A user as lists, forms and the API show it; never carries the password hash. */
public record UserView(UserId id, String email, String displayName, Role role, boolean active,
        HomeAddress home, String externalId, List<GroupRef> groups, Instant createdAt, Instant updatedAt) {

    /** A group the user belongs to. */
    public record GroupRef(GroupId id, String name) {
    }
}
