package dev.terrain.organization.internal;

import dev.terrain.organization.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account and locks the account when they pile up: after
 * {@link SignInProperties#maxFailures()} in a row for {@link SignInProperties#lockout()}, then, for each further
 * failure once the lock ends, for twice as long. A successful sign-in clears the count. The sign-in page says
 * the same thing for a wrong password, an unknown e-mail and a locked account.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

    private final JdbcClient jdbc;
    private final SignInProperties properties;
    private final AuditLog auditLog;

    SignInAttempts(JdbcClient jdbc, SignInProperties properties, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.auditLog = auditLog;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        var email = event.getAuthentication().getName();
        jdbc.sql("""
                update users set failed_sign_ins = failed_sign_ins + 1
                where lower(email) = lower(:email) and active
                returning id, failed_sign_ins""")
                .param("email", email == null ? "" : email.trim())
                .query((rs, row) -> new Failure(rs.getString("id"), rs.getInt("failed_sign_ins")))
                .optional()
                .ifPresent(this::lockIfDue);
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignInAccount account) {
            jdbc.sql("""
                    update users set failed_sign_ins = 0, locked_until = null
                    where id = :id and (failed_sign_ins > 0 or locked_until is not null)""")
                    .param("id", account.user().id().value())
                    .update();
        }
    }

    private void lockIfDue(Failure failure) {
        var lock = properties.lockFor(failure.count());
        if (lock.isZero()) {
            return;
        }
        jdbc.sql("update users set locked_until = now() + make_interval(secs => :seconds) where id = cast(:id as uuid)")
                .param("seconds", (double) lock.toSeconds())
                .param("id", failure.userId())
                .update();
        log.warn("User {} locked for {} after {} failed sign-ins", failure.userId(), lock, failure.count());
        auditLog.record("user", failure.userId(), "locked",
                "after " + failure.count() + " failed sign-ins, for " + lock.toMinutes() + " min");
    }

    private record Failure(String userId, int count) {
    }
}
