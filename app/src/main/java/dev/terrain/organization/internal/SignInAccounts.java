package dev.terrain.organization.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Role;
import dev.terrain.organization.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Looks up the account behind an e-mail address for form sign-in, and re-reads a signed-in user on later
 * requests so that deactivation and role changes take effect at once.
 */
@Component
class SignInAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    SignInAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SignInAccount loadUserByUsername(String email) {
        return jdbc.sql("""
                select id, email, display_name, role, active, password_hash, locked_until
                from users where lower(email) = lower(:email)""")
                .param("email", email == null ? "" : email.trim())
                .query((rs, row) -> {
                    var lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    var user = new CurrentUser(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
                            rs.getString("display_name"), Role.valueOf(rs.getString("role")));
                    return new SignInAccount(user, rs.getString("password_hash"), rs.getBoolean("active"),
                            lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now()));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** The user as they are now, if they still exist and are active. */
    Optional<CurrentUser> activeUser(UserId id) {
        return jdbc.sql("select email, display_name, role from users where id = :id and active")
                .param("id", id.value())
                .query((rs, row) -> new CurrentUser(id, rs.getString("email"), rs.getString("display_name"),
                        Role.valueOf(rs.getString("role"))))
                .optional();
    }
}
