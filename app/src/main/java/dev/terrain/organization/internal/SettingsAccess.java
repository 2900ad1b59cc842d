package dev.terrain.organization.internal;

import java.util.Optional;
import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and change whose settings. Admins: everyone's. Supervisors: the users of their groups (through
 * the {@code supervised_users} view), but not their own. Everyone sees their own settings; nobody else's are
 * visible, as if they did not exist.
 */
@Component
public class SettingsAccess {

    private final JdbcClient jdbc;

    SettingsAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user whose settings someone looks at. */
    public record Subject(UserId id, String email, String displayName, Role role) {
    }

    /** The user, when the viewer may see their settings. */
    public Optional<Subject> visibleTo(CurrentUser viewer, UserId userId) {
        if (viewer == null) {
            return Optional.empty();
        }
        return find(userId).filter(subject -> viewer.isAdmin() || viewer.id().equals(subject.id())
                || supervises(viewer, subject.id()));
    }

    /** Whether the viewer may change the user's own values (the user is visible to them). */
    public boolean mayChange(CurrentUser viewer, Subject subject) {
        return viewer.isAdmin() || (!viewer.id().equals(subject.id()) && supervises(viewer, subject.id()));
    }

    private boolean supervises(CurrentUser viewer, UserId userId) {
        return viewer.role() == Role.SUPERVISOR && jdbc.sql("""
                select exists (select 1 from supervised_users where supervisor_id = :supervisor and user_id = :user)""")
                .param("supervisor", viewer.id().value())
                .param("user", userId.value())
                .query(Boolean.class)
                .single();
    }

    private Optional<Subject> find(UserId userId) {
        return jdbc.sql("select id, email, display_name, role from users where id = :id")
                .param("id", userId.value())
                .query((rs, row) -> new Subject(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role"))))
                .optional();
    }
}
