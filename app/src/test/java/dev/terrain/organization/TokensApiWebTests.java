package dev.terrain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** API tokens over REST, and what a token can and cannot do on {@code /api/**}. */
@SpringBootTest
@AutoConfigureMockMvc
class TokensApiWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TokenManagement tokens;

    SecurityFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SecurityFixtures(jdbc, encoder);
    }

    @Test
    void aTokenSignsTheRequestInAsItsUserAndRecordsTheUse() {
        var rep = fixtures.user(Role.REP);
        var issued = tokens.create(rep, "ERP sync");
        assertThat(issued.secret()).startsWith("trn_").hasSizeGreaterThanOrEqualTo(4 + 43);

        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer " + issued.secret()))
                .hasStatusOk()
                .bodyJson().satisfies(json -> {
                    json.assertThat().extractingPath("$.content[0].name").isEqualTo("ERP sync");
                    json.assertThat().extractingPath("$.content[0].owner").isEqualTo(rep.email());
                    json.assertThat().extractingPath("$.content[0].prefix").isEqualTo(issued.secret().substring(0, 12));
                    json.assertThat().extractingPath("$.content[0].lastUsedAt").isNotNull();
                    json.assertThat().extractingPath("$.page.totalElements").isEqualTo(1);
                });
    }

    @Test
    void theSecretIsStoredOnlyAsItsHash() {
        var rep = fixtures.user(Role.REP);
        var issued = tokens.create(rep, "hash check");

        var stored = jdbc.sql("select token_hash from api_tokens where id = :id").param("id", issued.token().id())
                .query(String.class).single();

        assertThat(stored).hasSize(64).doesNotContain(issued.secret().substring(4));
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        var rep = fixtures.user(Role.REP);
        var issued = tokens.create(rep, "busy client");
        jdbc.sql("update api_tokens set last_used_at = now() - interval '30 seconds' where id = :id")
                .param("id", issued.token().id()).update();
        var before = lastUsed(issued);

        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer " + issued.secret())).hasStatusOk();
        assertThat(lastUsed(issued)).isEqualTo(before);

        jdbc.sql("update api_tokens set last_used_at = now() - interval '2 minutes' where id = :id")
                .param("id", issued.token().id()).update();
        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer " + issued.secret())).hasStatusOk();
        assertThat(lastUsed(issued)).isAfter(before);
    }

    @Test
    void aTokenCreatesAnotherAndShowsItsSecretOnce() {
        var rep = fixtures.user(Role.REP);
        var issued = tokens.create(rep, "bootstrap");

        var created = mvc.post().uri("/api/v1/tokens").header("Authorization", "Bearer " + issued.secret())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"  nightly export  \"}").exchange();

        assertThat(created).hasStatus(HttpStatus.CREATED).containsHeader("Location")
                .bodyJson().satisfies(json -> {
                    json.assertThat().extractingPath("$.token.name").isEqualTo("nightly export");
                    json.assertThat().extractingPath("$.secret").asString().startsWith("trn_");
                });
        assertThat(auditActions(rep)).contains("created");
    }

    @Test
    void aRevokedTokenIsRefusedWith401() {
        var rep = fixtures.user(Role.REP);
        var issued = tokens.create(rep, "to revoke");
        var other = tokens.create(rep, "keeps working");

        assertThat(mvc.delete().uri("/api/v1/tokens/" + issued.token().id())
                .header("Authorization", "Bearer " + other.secret())).hasStatus(HttpStatus.NO_CONTENT);

        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer " + issued.secret()))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.status").isEqualTo(401);
        assertThat(auditActions(rep)).contains("created", "revoked");
        assertThat(tokens.list(rep, false, 0, 10).getContent())
                .filteredOn(token -> token.id().equals(issued.token().id()))
                .singleElement().satisfies(token -> assertThat(token.revoked()).isTrue());
    }

    @Test
    void unknownMissingAndMalformedTokensGet401ProblemDocuments() {
        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer trn_" + UUID.randomUUID()))
                .hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer not-a-token"))
                .hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/tokens"))
                .hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("WWW-Authenticate", "Bearer")
                .bodyJson().extractingPath("$.title").isEqualTo("Unauthorized");
        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Basic dXNlcjpwYXNz"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theApiIgnoresTheWebSession() {
        var rep = fixtures.user(Role.REP);

        var signIn = mvc.post().uri("/login").param("username", rep.email())
                .param("password", SecurityFixtures.PASSWORD).with(csrf()).exchange();
        assertThat(signIn).hasRedirectedUrl("/");
        var session = (MockHttpSession) signIn.getMvcResult().getRequest().getSession(false);

        assertThat(mvc.get().uri("/tokens").session(session)).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/tokens").session(session)).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aDeactivatedUsersTokenIsRefusedWith401() {
        var rep = fixtures.user(Role.REP);
        var issued = tokens.create(rep, "leaver");

        fixtures.deactivate(rep);

        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer " + issued.secret()))
                .hasStatus(HttpStatus.UNAUTHORIZED).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void withoutTheUseApiPermissionATokenGets403() {
        var rep = fixtures.user(Role.REP);
        var issued = tokens.create(rep, "before the policy changed");
        var previous = fixtures.allowApiTo(Audience.ADMINS_ONLY);
        try {
            assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer " + issued.secret()))
                    .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyJson().extractingPath("$.status").isEqualTo(403);
        } finally {
            fixtures.allowApiTo(previous);
        }
        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer " + issued.secret()))
                .hasStatusOk();
    }

    @Test
    void aRepCannotSeeOrRevokeSomeoneElsesToken() {
        var rep = fixtures.user(Role.REP);
        var colleague = fixtures.user(Role.REP);
        var theirs = tokens.create(colleague, "theirs");
        var mine = tokens.create(rep, "mine");

        assertThat(mvc.delete().uri("/api/v1/tokens/" + theirs.token().id())
                .header("Authorization", "Bearer " + mine.secret())).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/tokens?all=true").header("Authorization", "Bearer " + mine.secret()))
                .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer " + theirs.secret()))
                .hasStatusOk();
    }

    @Test
    void anAdminListsAndRevokesAnyonesToken() {
        var admin = fixtures.user(Role.ADMIN);
        var rep = fixtures.user(Role.REP);
        var theirs = tokens.create(rep, "rep's laptop");
        var mine = tokens.create(admin, "admin console");

        assertThat(mvc.get().uri("/api/v1/tokens?all=true&size=100").header("Authorization", "Bearer " + mine.secret()))
                .hasStatusOk().bodyJson().extractingPath("$.page.totalElements").asNumber().satisfies(
                        total -> assertThat(total.longValue()).isGreaterThanOrEqualTo(2));
        assertThat(mvc.delete().uri("/api/v1/tokens/" + theirs.token().id())
                .header("Authorization", "Bearer " + mine.secret())).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer " + theirs.secret()))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void badInputGets400NamingTheField() {
        var rep = fixtures.user(Role.REP);
        var issued = tokens.create(rep, "validator");
        var bearer = "Bearer " + issued.secret();

        assertThat(mvc.post().uri("/api/v1/tokens").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"   \"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("name");
        assertThat(mvc.post().uri("/api/v1/tokens").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + "x".repeat(201) + "\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.post().uri("/api/v1/tokens").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.post().uri("/api/v1/tokens").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content("null"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/tokens?size=1000").header("Authorization", bearer))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.errors[0].field").isEqualTo("size");
        assertThat(mvc.get().uri("/api/v1/tokens?page=-1").header("Authorization", bearer))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.delete().uri("/api/v1/tokens/not-a-uuid").header("Authorization", bearer))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.delete().uri("/api/v1/tokens/" + UUID.randomUUID()).header("Authorization", bearer))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aUserHasAtMost25LiveTokens() {
        var rep = fixtures.user(Role.REP);
        for (int i = 0; i < TokenManagement.MAX_ACTIVE_PER_USER; i++) {
            tokens.create(rep, "token " + i);
        }
        var any = tokens.list(rep, false, 0, 1).getContent().get(0);
        var secret = tokens.create(fixtures.user(Role.REP), "other user").secret();

        var again = mvc.post().uri("/api/v1/tokens").header("Authorization", "Bearer " + secret)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"fine\"}").exchange();
        assertThat(again).hasStatus(HttpStatus.CREATED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create(rep, "one too many"))
                .isInstanceOf(dev.terrain.platform.ConflictException.class);
        tokens.revoke(rep, any.id());
        assertThat(tokens.create(rep, "room again").secret()).startsWith("trn_");
    }

    @Test
    void theOpenApiDocumentDeclaresBearerTokens() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.components.securitySchemes.apiToken.scheme").isEqualTo("bearer");
            json.assertThat().extractingPath("$.paths['/api/v1/tokens']").isNotNull();
            json.assertThat().extractingPath("$.info.title").isEqualTo("Terrain API");
            json.assertThat().extractingPath("$.info.version").asString().isNotBlank().doesNotStartWith("@").isNotEqualTo("v0");
        });
    }

    private java.time.OffsetDateTime lastUsed(IssuedToken issued) {
        return jdbc.sql("select last_used_at from api_tokens where id = :id").param("id", issued.token().id())
                .query(java.time.OffsetDateTime.class).single();
    }

    private java.util.List<String> auditActions(CurrentUser user) {
        return jdbc.sql("""
                select a.action from audit_log a join api_tokens t on a.entity = 'api_token' and a.entity_id = t.id::text
                where t.user_id = :user order by a.id""")
                .param("user", user.id().value()).query(String.class).list();
    }
}
