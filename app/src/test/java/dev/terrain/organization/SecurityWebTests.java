package dev.terrain.organization;

import static dev.terrain.organization.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Protective headers, the public operations endpoints, and the error pages in both languages. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityWebTests {

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
    void pagesCarryTheProtectiveHeaders() {
        assertThat(mvc.get().uri("/login")).hasStatusOk()
                .hasHeader("X-Content-Type-Options", "nosniff")
                .hasHeader("X-Frame-Options", "DENY")
                .hasHeader("Referrer-Policy", "same-origin")
                .doesNotContainHeader("Strict-Transport-Security")
                .headers().hasValue("Content-Security-Policy",
                        "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'; form-action 'self'");
    }

    @Test
    void httpsRequestsGetStrictTransportSecurity() {
        assertThat(mvc.get().uri("/login").secure(true))
                .hasHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        assertThat(mvc.get().uri("/api/v1/tokens").secure(true))
                .hasHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
    }

    @Test
    void apiAnswersCarryTheProtectiveHeadersToo() {
        assertThat(mvc.get().uri("/api/v1/tokens")).hasStatus(HttpStatus.UNAUTHORIZED)
                .hasHeader("X-Content-Type-Options", "nosniff")
                .hasHeader("X-Frame-Options", "DENY")
                .hasHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void healthAnswersUpWithoutSigningIn() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/info")).hasStatusOk()
                .bodyJson().extractingPath("$.app.name").isEqualTo("Terrain");
    }

    @Test
    void otherActuatorEndpointsStayClosed() {
        assertThat(mvc.get().uri("/actuator/env")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/actuator/env").with(signedIn(fixtures.user(Role.ADMIN))))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theNotFoundPageSpeaksTheUsersLanguage() {
        var rep = fixtures.user(Role.REP);

        assertThat(errorPage(404, "/nowhere").with(signedIn(rep))).hasStatus(HttpStatus.NOT_FOUND)
                .bodyText().contains("Page not found", "There is nothing at /nowhere", "Back to the start page",
                        "id=\"main-nav\"");
        assertThat(errorPage(404, "/nowhere").with(signedIn(rep)).header("Accept-Language", "fr-FR"))
                .bodyText().contains("Page introuvable", "rien à l&#39;adresse /nowhere", "Retour à la page d&#39;accueil");
    }

    @Test
    void theForbiddenPageSpeaksTheUsersLanguage() {
        var rep = fixtures.user(Role.REP);

        assertThat(errorPage(403, "/tokens").with(signedIn(rep))).hasStatus(HttpStatus.FORBIDDEN)
                .bodyText().contains("Not allowed", "You may not see this page");
        assertThat(errorPage(403, "/tokens").with(signedIn(rep)).cookie(new jakarta.servlet.http.Cookie("terrain-lang", "fr")))
                .bodyText().contains("Accès refusé");
    }

    @Test
    void theServerErrorPageSpeaksTheUsersLanguageAndShowsNoDetails() {
        assertThat(errorPage(500, "/boom")).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
                .bodyText().contains("Something went wrong").doesNotContain("Exception", "trace");
        assertThat(errorPage(500, "/boom").header("Accept-Language", "fr"))
                .bodyText().contains("Une erreur est survenue");
    }

    @Test
    void otherClientErrorsGetTheGeneralPage() {
        assertThat(errorPage(405, "/tokens")).hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
                .bodyText().contains("Request not handled", "(405)");
    }

    private MockMvcTester.MockMvcRequestBuilder errorPage(int status, String path) {
        return mvc.get().uri("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path);
    }
}
