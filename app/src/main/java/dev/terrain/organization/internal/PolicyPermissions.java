package dev.terrain.organization.internal;

import dev.terrain.organization.Action;
import dev.terrain.organization.Audience;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Permissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Reads the company's permission matrix; an action the company never changed keeps its default. */
@Service
class PolicyPermissions implements Permissions {

    private final JdbcClient jdbc;

    PolicyPermissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean allows(CurrentUser user, Action action) {
        return user != null && audienceOf(action).includes(user.role());
    }

    @Override
    public void check(CurrentUser user, Action action) {
        if (!allows(user, action)) {
            throw new AccessDeniedException("Not allowed: " + action);
        }
    }

    Audience audienceOf(Action action) {
        return jdbc.sql("select audience from permission_policy where action = :action")
                .param("action", action.name())
                .query(String.class)
                .optional()
                .map(Audience::valueOf)
                .orElse(action.byDefault());
    }
}
