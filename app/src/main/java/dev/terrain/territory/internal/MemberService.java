package dev.terrain.territory.internal;

import java.util.List;
import java.util.UUID;

import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UserDeactivated;
import dev.terrain.organization.UserId;
import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.NotFoundException;
import dev.terrain.territory.MemberRole;
import dev.terrain.territory.TerritoryId;
import dev.terrain.territory.TerritoryMember;
import dev.terrain.territory.TerritoryMembers;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Carries out {@link TerritoryMembers}, and hands a deactivated user's memberships to their successor. */
@Service
@Transactional
class MemberService implements TerritoryMembers {

    private final JdbcClient jdbc;
    private final TerritoryAccess access;
    private final AuditLog audit;

    MemberService(JdbcClient jdbc, TerritoryAccess access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TerritoryMember> members(CurrentUser actor, TerritoryId territory) {
        access.readable(actor, territory);
        return list(territory);
    }

    @Override
    public List<TerritoryMember> put(CurrentUser actor, TerritoryId territory, UserId user, MemberRole role) {
        var target = access.changeable(actor, territory);
        if (role == null) {
            throw new InvalidInputException("role", "must be MEMBER or MANAGER");
        }
        var who = jdbc.sql("select email, active from users where id = :id").param("id", user.value())
                .query((rs, row) -> new Object[] { rs.getString("email"), rs.getBoolean("active") }).optional()
                .orElseThrow(() -> new NotFoundException("User", user));
        if (!(Boolean) who[1]) {
            throw new InvalidInputException("userId", "is not an active user");
        }
        var before = jdbc.sql("select role from territory_members where territory_id = :t and user_id = :u")
                .param("t", territory.value()).param("u", user.value()).query(String.class).optional();
        if (before.isEmpty() || !before.get().equals(role.name())) {
            jdbc.sql("""
                    insert into territory_members (territory_id, user_id, role) values (:t, :u, :role)
                    on conflict (territory_id, user_id) do update set role = excluded.role""")
                    .param("t", territory.value()).param("u", user.value()).param("role", role.name()).update();
            audit.record("territory", territory, before.isEmpty() ? "member added" : "member role changed",
                    who[0] + " in " + target.name() + ": " + before.orElse("none") + " -> " + role);
        }
        return list(territory);
    }

    @Override
    public List<TerritoryMember> remove(CurrentUser actor, TerritoryId territory, UserId user) {
        var target = access.changeable(actor, territory);
        var email = jdbc.sql("select email from users where id = :id").param("id", user.value()).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("User", user));
        int removed = jdbc.sql("delete from territory_members where territory_id = :t and user_id = :u")
                .param("t", territory.value()).param("u", user.value()).update();
        if (removed > 0) {
            audit.record("territory", territory, "member removed", email + " left " + target.name());
        }
        return list(territory);
    }

    /**
     * The leaving user's memberships go to the successor, in the deactivating transaction; where the successor
     * already belongs, they keep the stronger of both roles. Without a successor, nothing moves.
     */
    @EventListener
    void handOver(UserDeactivated event) {
        if (event.successor() == null || event.successor().equals(event.user())) {
            return;
        }
        var moved = jdbc.sql("""
                insert into territory_members (territory_id, user_id, role)
                select territory_id, :successor, role from territory_members where user_id = :leaving
                on conflict (territory_id, user_id) do update
                set role = case when territory_members.role = 'MANAGER' or excluded.role = 'MANAGER'
                                then 'MANAGER' else 'MEMBER' end
                returning territory_id""")
                .param("successor", event.successor().value()).param("leaving", event.user().value())
                .query(UUID.class).list();
        jdbc.sql("delete from territory_members where user_id = :leaving").param("leaving", event.user().value()).update();
        for (var territory : moved) {
            audit.record("territory", territory, "member handed over", event.user() + " -> " + event.successor());
        }
    }

    private List<TerritoryMember> list(TerritoryId territory) {
        return jdbc.sql("""
                select u.id, u.email, u.display_name, u.active, m.role from territory_members m
                join users u on u.id = m.user_id where m.territory_id = :t
                order by case m.role when 'MANAGER' then 0 else 1 end, lower(u.display_name), u.id limit 1000""")
                .param("t", territory.value())
                .query((rs, row) -> new TerritoryMember(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
                        rs.getString("display_name"), MemberRole.valueOf(rs.getString("role")), rs.getBoolean("active")))
                .list();
    }
}
