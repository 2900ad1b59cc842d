package dev.terrain.customer.internal;

import java.util.List;
import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may own a customer: an active rep or supervisor, and for a non-admin actor only themselves or a user
 * they supervise. Reads the organization's published {@code users} table and {@code supervised_users} view.
 */
@Component
class Owners {

    private final JdbcClient jdbc;

    Owners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owner of a new customer when the draft names none: the actor, unless an admin (then nobody). */
    static UserId byDefault(CurrentUser actor) {
        return actor.isAdmin() ? null : actor.id();
    }

    /** Adds a problem under {@code field} when {@code owner} may not own the actor's customers. */
    void check(CurrentUser actor, UserId owner, String field, List<FieldProblem> problems) {
        if (owner == null) {
            return;
        }
        var eligible = jdbc.sql("select count(*) from users where id = :id and active and role in ('REP', 'SUPERVISOR')")
                .param("id", owner.value()).query(Long.class).single() > 0;
        if (!eligible) {
            problems.add(new FieldProblem(field, "must be an active rep or supervisor"));
        } else if (!actor.isAdmin() && !owner.equals(actor.id()) && !supervises(actor.id(), owner)) {
            problems.add(new FieldProblem(field, "must be yourself or someone you supervise"));
        }
    }

    boolean supervises(UserId supervisor, UserId user) {
        return jdbc.sql("select count(*) from supervised_users where supervisor_id = :s and user_id = :u")
                .param("s", supervisor.value()).param("u", user.value()).query(Long.class).single() > 0;
    }

    /** The active reps and supervisors the actor may name as owners, for forms: id and name. */
    List<Candidate> candidates(CurrentUser actor) {
        var sql = "select id, display_name from users u where active and role in ('REP', 'SUPERVISOR')"
                + (actor.isAdmin() ? "" : " and (u.id = :me or u.id in (select user_id from supervised_users where supervisor_id = :me))")
                + " order by lower(display_name) limit 1000";
        var spec = jdbc.sql(sql);
        if (!actor.isAdmin()) {
            spec = spec.param("me", actor.id().value());
        }
        return spec.query((rs, n) -> new Candidate(new UserId(rs.getObject("id", UUID.class)), rs.getString("display_name")))
                .list();
    }

    /** A user who may own customers. */
    record Candidate(UserId id, String name) {
    }

    static boolean mayOwn(Role role) {
        return role == Role.REP || role == Role.SUPERVISOR;
    }
}
