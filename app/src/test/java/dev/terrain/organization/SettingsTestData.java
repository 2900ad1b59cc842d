package dev.terrain.organization;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import java.util.Locale;
import java.util.UUID;

import dev.terrain.organization.internal.SignInAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Users and groups for the settings and audit tests, written straight into the shared test database with
 * unique e-mail addresses and group names.
 */
final class SettingsTestData {

    private final JdbcClient jdbc;

    SettingsTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CurrentUser user(Role role) {
        var id = UserId.random();
        var email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@settings.test";
        jdbc.sql("""
                insert into users (id, email, display_name, role, password_hash)
                values (:id, :email, :name, :role, '{noop}x')""")
                .param("id", id.value())
                .param("email", email)
                .param("name", "Test " + email)
                .param("role", role.name())
                .update();
        return new CurrentUser(id, email, "Test " + email, role);
    }

    /** A group with the given members (supervisors among them supervise the others). */
    void group(CurrentUser... members) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into user_groups (id, name) values (:id, :name)")
                .param("id", id)
                .param("name", "group-" + id)
                .update();
        for (var member : members) {
            jdbc.sql("insert into group_members (group_id, user_id) values (:group, :user)")
                    .param("group", id)
                    .param("user", member.id().value())
                    .update();
        }
    }

    /**
     * Settings are one per company: every settings test starts from the defaults, with no user's own values, so
     * that leftovers of other tests cannot make its changes invalid.
     */
    void startFromDefaults() {
        jdbc.sql("delete from settings").update();
    }

    static RequestPostProcessor as(CurrentUser user) {
        return SecurityMockMvcRequestPostProcessors.user(new SignInAccount(user, "{noop}x", true, false));
    }

    /** Signs the user in for calls that do not go through MockMvc (the audit log names the actor). */
    static void signIn(CurrentUser user) {
        var account = new SignInAccount(user, "{noop}x", true, false);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(account, null, account.getAuthorities()));
    }
}
