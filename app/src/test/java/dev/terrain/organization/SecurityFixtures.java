package dev.terrain.organization;

import java.util.UUID;

import dev.terrain.organization.internal.SignInAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Users for security tests, written straight into the shared test database with unique e-mails and the
 * application's own password hashing.
 */
public final class SecurityFixtures {

    public static final String PASSWORD = "Correct-Horse-7-Battery";

    private static String passwordHash;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public SecurityFixtures(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** A new active user of the role, whose password is {@link #PASSWORD}. */
    public CurrentUser user(Role role) {
        var id = UserId.random();
        var email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 12) + "@terrain.test";
        jdbc.sql("""
                insert into users (id, email, display_name, role, password_hash)
                values (:id, :email, :name, :role, :hash)""")
                .param("id", id.value()).param("email", email).param("name", "Test " + role.name().toLowerCase())
                .param("role", role.name()).param("hash", hash())
                .update();
        return new CurrentUser(id, email, "Test " + role.name().toLowerCase(), role);
    }

    public void deactivate(CurrentUser user) {
        jdbc.sql("update users set active = false where id = :id").param("id", user.id().value()).update();
    }

    public void changeRole(CurrentUser user, Role role) {
        jdbc.sql("update users set role = :role where id = :id")
                .param("role", role.name()).param("id", user.id().value()).update();
    }

    /** Signs the MockMvc request in as the user, as a web session would after sign-in. */
    public static RequestPostProcessor signedIn(CurrentUser user) {
        return SecurityMockMvcRequestPostProcessors.user(new SignInAccount(user, null, true, false));
    }

    /**
     * Sets who may use the API for the whole (shared) test database; returns the previous audience so the test
     * can put it back.
     */
    public Audience allowApiTo(Audience audience) {
        var previous = jdbc.sql("select audience from permission_policy where action = 'USE_API'")
                .query(String.class).optional().map(Audience::valueOf).orElse(Action.USE_API.byDefault());
        jdbc.sql("""
                insert into permission_policy (action, audience) values ('USE_API', :audience)
                on conflict (action) do update set audience = excluded.audience""")
                .param("audience", audience.name()).update();
        return previous;
    }

    private synchronized String hash() {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
