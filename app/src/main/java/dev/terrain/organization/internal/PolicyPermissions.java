package dev.terrain.organization.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.terrain.organization.Action;
import dev.terrain.organization.Audience;
import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.PermissionMatrix;
import dev.terrain.organization.Permissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the company's permission matrix; an action the company never changed keeps its default.
 */
@Service
class PolicyPermissions implements Permissions, PermissionMatrix {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PolicyPermissions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
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

    @Override
    public Map<Action, Audience> current() {
        var stored = new EnumMap<Action, Audience>(Action.class);
        jdbc.sql("select action, audience from permission_policy").query(rs -> {
            try {
                stored.put(Action.valueOf(rs.getString("action")), Audience.valueOf(rs.getString("audience")));
            } catch (IllegalArgumentException retired) {
                // an action no longer in the code: ignored
            }
        });
        var matrix = new LinkedHashMap<Action, Audience>();
        for (var action : Action.values()) {
            matrix.put(action, stored.getOrDefault(action, action.byDefault()));
        }
        return matrix;
    }

    @Override
    @Transactional
    public Map<Action, Audience> change(CurrentUser actor, Map<Action, Audience> changes) {
        UserAccess.requireAdmin(actor);
        var before = current();
        var summary = new ArrayList<String>();
        changes.forEach((action, audience) -> {
            if (action == null || audience == null || before.get(action) == audience) {
                return;
            }
            jdbc.sql("""
                    insert into permission_policy (action, audience) values (:action, :audience)
                    on conflict (action) do update set audience = excluded.audience""")
                    .param("action", action.name()).param("audience", audience.name()).update();
            summary.add(action + ": " + before.get(action) + " -> " + audience);
        });
        if (!summary.isEmpty()) {
            audit.record("permission", "matrix", "changed", String.join("; ", summary));
        }
        return current();
    }
}
