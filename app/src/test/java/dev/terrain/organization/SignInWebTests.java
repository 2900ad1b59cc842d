package dev.terrain.organization;

import static dev.terrain.organization.SecurityFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Form sign-in: good and bad passwords, lockout and its back-off, deactivation, CSRF and session handling. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    SecurityFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SecurityFixtures(jdbc, encoder);
    }

    @Test
    void theRightPasswordSignsInAndLandsOnTheStartPage() {
        var rep = fixtures.user(Role.REP);

        var result = signIn(rep.email(), PASSWORD, new MockHttpSession());

        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/").session(sessionOf(result))).hasStatusOk()
                .bodyText().contains("Welcome, Test rep");
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        var rep = fixtures.user(Role.REP);

        assertThat(signIn(rep.email(), "wrong", new MockHttpSession())).hasRedirectedUrl("/login?error");
        assertThat(signIn("nobody-" + rep.email(), PASSWORD, new MockHttpSession())).hasRedirectedUrl("/login?error");
        assertThat(mvc.get().uri("/login?error")).hasStatusOk().bodyText()
                .contains("Wrong e-mail or password, or the account is locked or deactivated.");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        var rep = fixtures.user(Role.REP);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(rep.email(), "wrong-" + i, new MockHttpSession())).hasRedirectedUrl("/login?error");
        }

        assertThat(signIn(rep.email(), PASSWORD, new MockHttpSession())).hasRedirectedUrl("/login?error");
        assertThat(lockedUntil(rep)).isBetween(OffsetDateTime.now().plusMinutes(14), OffsetDateTime.now().plusMinutes(16));
    }

    @Test
    void theLockEndsAfterItsPeriodAndASuccessClearsTheCount() {
        var rep = fixtures.user(Role.REP);
        for (int i = 0; i < 5; i++) {
            signIn(rep.email(), "wrong-" + i, new MockHttpSession());
        }
        jdbc.sql("update users set locked_until = now() - interval '1 second' where id = :id")
                .param("id", rep.id().value()).update();

        assertThat(signIn(rep.email(), PASSWORD, new MockHttpSession())).hasRedirectedUrl("/");
        assertThat(failures(rep)).isZero();
        assertThat(lockedUntil(rep)).isNull();
    }

    @Test
    void aFailureRightAfterALockLocksAgainForTwiceAsLong() {
        var rep = fixtures.user(Role.REP);
        for (int i = 0; i < 5; i++) {
            signIn(rep.email(), "wrong-" + i, new MockHttpSession());
        }
        jdbc.sql("update users set locked_until = now() - interval '1 second' where id = :id")
                .param("id", rep.id().value()).update();

        signIn(rep.email(), "wrong-again", new MockHttpSession());

        assertThat(lockedUntil(rep)).isBetween(OffsetDateTime.now().plusMinutes(29), OffsetDateTime.now().plusMinutes(31));
    }

    @Test
    void failuresBelowTheLimitAreForgottenAfterASuccess() {
        var rep = fixtures.user(Role.REP);
        for (int i = 0; i < 4; i++) {
            signIn(rep.email(), "wrong-" + i, new MockHttpSession());
        }
        assertThat(failures(rep)).isEqualTo(4);

        assertThat(signIn(rep.email(), PASSWORD, new MockHttpSession())).hasRedirectedUrl("/");
        assertThat(failures(rep)).isZero();
        signIn(rep.email(), "wrong-once-more", new MockHttpSession());
        assertThat(lockedUntil(rep)).isNull();
    }

    @Test
    void aLockIsAudited() {
        var rep = fixtures.user(Role.REP);
        for (int i = 0; i < 5; i++) {
            signIn(rep.email(), "wrong-" + i, new MockHttpSession());
        }

        assertThat(jdbc.sql("select action from audit_log where entity = 'user' and entity_id = :id")
                .param("id", rep.id().toString()).query(String.class).list()).containsExactly("locked");
    }

    @Test
    void aDeactivatedUserCannotSignIn() {
        var rep = fixtures.user(Role.REP);
        fixtures.deactivate(rep);

        assertThat(signIn(rep.email(), PASSWORD, new MockHttpSession())).hasRedirectedUrl("/login?error");
    }

    @Test
    void deactivationEndsTheSessionsTheUserAlreadyHas() {
        var rep = fixtures.user(Role.REP);
        var session = sessionOf(signIn(rep.email(), PASSWORD, new MockHttpSession()));
        assertThat(mvc.get().uri("/").session(session)).hasStatusOk();

        fixtures.deactivate(rep);

        assertThat(mvc.get().uri("/").session(session)).hasStatus(HttpStatus.FOUND)
                .redirectedUrl().endsWith("/login");
    }

    @Test
    void aRoleChangeAppliesToTheSessionOnItsNextRequest() {
        var user = fixtures.user(Role.REP);
        var session = sessionOf(signIn(user.email(), PASSWORD, new MockHttpSession()));
        assertThat(mvc.get().uri("/tokens?all=true").session(session)).hasStatus(HttpStatus.FORBIDDEN);

        fixtures.changeRole(user, Role.ADMIN);

        assertThat(mvc.get().uri("/tokens?all=true").session(session)).hasStatusOk();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        var rep = fixtures.user(Role.REP);

        assertThat(mvc.post().uri("/login").param("username", rep.email()).param("password", PASSWORD))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/tokens").param("name", "ci").with(SecurityFixtures.signedIn(rep)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/logout").with(SecurityFixtures.signedIn(rep)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void signingOutEndsTheSession() {
        var rep = fixtures.user(Role.REP);
        var session = sessionOf(signIn(rep.email(), PASSWORD, new MockHttpSession()));

        assertThat(mvc.post().uri("/logout").session(session).with(csrf())).hasRedirectedUrl("/login?signedOut");
        assertThat(session.isInvalid()).isTrue();
        assertThat(mvc.get().uri("/login?signedOut")).bodyText().contains("You are signed out.");
    }

    @Test
    void pagesNeedASignedInUser() {
        assertThat(mvc.get().uri("/tokens")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
    }

    private MvcTestResult signIn(String email, String password, MockHttpSession session) {
        return mvc.post().uri("/login").param("username", email).param("password", password)
                .session(session).with(csrf()).exchange();
    }

    private static MockHttpSession sessionOf(MvcTestResult result) {
        HttpSession session = result.getMvcResult().getRequest().getSession(false);
        return (MockHttpSession) session;
    }

    private OffsetDateTime lockedUntil(CurrentUser user) {
        return jdbc.sql("select locked_until from users where id = :id").param("id", user.id().value())
                .query(OffsetDateTime.class).optional().orElse(null);
    }

    private int failures(CurrentUser user) {
        return jdbc.sql("select failed_sign_ins from users where id = :id").param("id", user.id().value())
                .query(Integer.class).single();
    }
}
