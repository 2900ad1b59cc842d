package dev.terrain.customer.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.terrain.customer.TransferParty;
import dev.terrain.organization.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The users customers can be handed to. Admins reach everyone; other users themselves and the users they
 * supervise. A target must be active and must not be an admin (admins have no customers of their own).
 */
@Repository
class TransferTargets {

    private final JdbcClient jdbc;

    TransferTargets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Target(UUID id, String name, String role, boolean active) {

        boolean admin() {
            return "ADMIN".equals(role);
        }

        TransferParty party() {
            return new TransferParty(id, name);
        }
    }

    /** The user, if the actor may see them at all. */
    Optional<Target> inSightOf(CurrentUser actor, UUID id) {
        return jdbc.sql("""
                select u.id, u.display_name, u.role, u.active from users u
                where u.id = :id and (:admin or u.id = :me
                      or u.id in (select s.user_id from supervised_users s where s.supervisor_id = :me))""")
                .param("id", id).param("admin", actor.isAdmin()).param("me", actor.id().value())
                .query(TransferTargets::map).optional();
    }

    Optional<Target> find(UUID id) {
        return jdbc.sql("select u.id, u.display_name, u.role, u.active from users u where u.id = :id")
                .param("id", id).query(TransferTargets::map).optional();
    }

    List<TransferParty> available(CurrentUser actor) {
        return jdbc.sql("""
                select u.id, u.display_name, u.role, u.active from users u
                where u.active and u.role <> 'ADMIN' and (:admin or u.id = :me
                      or u.id in (select s.user_id from supervised_users s where s.supervisor_id = :me))
                order by lower(u.display_name), u.id""")
                .param("admin", actor.isAdmin()).param("me", actor.id().value())
                .query(TransferTargets::map).list().stream().map(Target::party).toList();
    }

    private static Target map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Target(rs.getObject("id", UUID.class), rs.getString("display_name"), rs.getString("role"),
                rs.getBoolean("active"));
    }
}
