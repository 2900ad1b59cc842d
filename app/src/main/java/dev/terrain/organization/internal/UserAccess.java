package dev.terrain.organization.internal;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may manage users: admins everyone, supervisors the members of their groups, reps nobody. A user outside
 * a supervisor's groups is "not found" (the caller learns nothing about it); an action the caller's role may
 * never take is "forbidden".
 */
final class UserAccess {

    private UserAccess() {
    }

    /** The supervisor whose groups bound what the actor sees, or {@code null} for an admin. */
    static UserId scopeOf(CurrentUser actor) {
        if (actor == null || actor.role() == Role.REP) {
            throw new AccessDeniedException("Only admins and supervisors manage users");
        }
        return actor.isAdmin() ? null : actor.id();
    }

    static void requireAdmin(CurrentUser actor) {
        if (actor == null || !actor.isAdmin()) {
            throw new AccessDeniedException("Only admins may do this");
        }
    }

    /** Supervisors neither touch admins nor make anyone an admin. */
    static void requireMayManageRole(CurrentUser actor, Role role) {
        if (role == Role.ADMIN && !actor.isAdmin()) {
            throw new AccessDeniedException("Only admins manage admins");
        }
    }
}
