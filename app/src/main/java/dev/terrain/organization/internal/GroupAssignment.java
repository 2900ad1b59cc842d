package dev.terrain.organization.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.GroupId;
import org.springframework.stereotype.Component;

/**
 * Works out a user's groups after a create or edit. Admins may use any existing group. A supervisor only adds
 * or removes their own groups (memberships elsewhere stay) and must leave the user in at least one of them,
 * or the user would vanish from their sight.
 */
@Component
class GroupAssignment {

    private final Groups groups;
    private final Memberships memberships;

    GroupAssignment(Groups groups, Memberships memberships) {
        this.groups = groups;
        this.memberships = memberships;
    }

    /** {@code requested == null} keeps the current groups. */
    Set<GroupId> after(CurrentUser actor, Set<GroupId> current, List<GroupId> requested, UserRules rules) {
        var allowed = actor.isAdmin()
                ? (requested == null ? Set.<GroupId>of() : groups.existing(requested))
                : memberships.groupsOf(actor.id());
        var result = new LinkedHashSet<>(current);
        if (requested != null) {
            for (var group : requested) {
                if (group == null || !allowed.contains(group)) {
                    rules.problem("groupIds", actor.isAdmin() ? "unknown group" : "not one of your groups");
                    return current;
                }
            }
            if (actor.isAdmin()) {
                result.clear();
            } else {
                result.removeIf(allowed::contains);
            }
            result.addAll(requested);
        }
        if (!actor.isAdmin() && result.stream().noneMatch(allowed::contains)) {
            rules.problem("groupIds", "must include one of your groups");
        }
        return result;
    }
}
