package dev.terrain.organization.web;

import java.util.Locale;

import dev.terrain.organization.Action;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Permissions;
import dev.terrain.organization.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Lets templates hide what the signed-in user may not do: {@code th:if="${@permissions.allows('EXPORT')}"}.
 * The server checks again on every request; this only keeps the page honest.
 */
@Component("permissions")
class PermissionsView {

    private final Permissions permissions;

    PermissionsView(Permissions permissions) {
        this.permissions = permissions;
    }

    public boolean allows(String action) {
        return permissions.allows(current(), Action.valueOf(action.toUpperCase(Locale.ROOT)));
    }

    /** True for admins and supervisors: they manage users (of their groups, for supervisors). */
    public boolean managesUsers() {
        var user = current();
        return user != null && user.role() != Role.REP;
    }

    public boolean isAdmin() {
        var user = current();
        return user != null && user.isAdmin();
    }

    private static CurrentUser current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof dev.terrain.organization.internal.SignInAccount account) {
            return account.user();
        }
        return null;
    }
}
