package dev.terrain.organization;

import static dev.terrain.organization.SecurityFixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The API tokens page. */
@SpringBootTest
@AutoConfigureMockMvc
class TokensWebTests {

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
    void creatingATokenShowsItsSecretOnceThenOnlyItsPrefix() {
        var rep = fixtures.user(Role.REP);

        var created = mvc.post().uri("/tokens").param("name", "Spreadsheet").with(signedIn(rep)).with(csrf()).exchange();

        assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/tokens");
        var issued = (IssuedToken) created.getMvcResult().getFlashMap().get("issued");
        assertThat(mvc.get().uri("/tokens").with(signedIn(rep)).flashAttr("issued", issued)).hasStatusOk()
                .bodyText().contains(issued.secret(), "Copy it now");
        assertThat(mvc.get().uri("/tokens").with(signedIn(rep))).hasStatusOk()
                .bodyText().contains("Spreadsheet", issued.token().prefix(), "never", "active")
                .doesNotContain(issued.secret());
    }

    @Test
    void theListShowsWhenATokenWasLastUsed() {
        var rep = fixtures.user(Role.REP);
        var issued = tokens.create(rep, "Used one");
        jdbc.sql("update api_tokens set last_used_at = timestamptz '2026-03-04 05:06:00+00' where id = :id")
                .param("id", issued.token().id()).update();

        assertThat(mvc.get().uri("/tokens").with(signedIn(rep))).hasStatusOk()
                .bodyText().contains("Used one").contains("2026-03-0").doesNotContain(">never<");
    }

    @Test
    void aBlankNameIsExplained() {
        var rep = fixtures.user(Role.REP);

        var created = mvc.post().uri("/tokens").param("name", "  ").with(signedIn(rep)).with(csrf()).exchange();

        assertThat(created).hasRedirectedUrl("/tokens");
        assertThat(created.getMvcResult().getFlashMap().get("problem")).isEqualTo("tokens.name.invalid");
        assertThat(mvc.get().uri("/tokens").with(signedIn(rep)).flashAttr("problem", "tokens.name.invalid"))
                .bodyText().contains("Give the token a name of at most 200 characters.");
    }

    @Test
    void revokingFromThePageStopsTheToken() {
        var rep = fixtures.user(Role.REP);
        var issued = tokens.create(rep, "Old laptop");

        assertThat(mvc.post().uri("/tokens/" + issued.token().id() + "/revoke").with(signedIn(rep)).with(csrf()))
                .hasRedirectedUrl("/tokens");

        assertThat(mvc.get().uri("/tokens").with(signedIn(rep))).bodyText().contains("revoked");
        assertThat(mvc.get().uri("/api/v1/tokens").header("Authorization", "Bearer " + issued.secret()))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anHtmxRevokeGetsJustTheUpdatedRow() {
        var rep = fixtures.user(Role.REP);
        var issued = tokens.create(rep, "Phone");

        assertThat(mvc.post().uri("/tokens/" + issued.token().id() + "/revoke").header("HX-Request", "true")
                .with(signedIn(rep)).with(csrf()))
                .hasStatusOk()
                .bodyText().startsWith("<tr").contains("Phone", "revoked").doesNotContain("<html", "<form");
    }

    @Test
    void anHtmxPageRequestGetsJustTheList() {
        var rep = fixtures.user(Role.REP);
        tokens.create(rep, "Listed");

        assertThat(mvc.get().uri("/tokens").header("HX-Request", "true").with(signedIn(rep))).hasStatusOk()
                .bodyText().contains("Listed", "token-list").doesNotContain("<html");
    }

    @Test
    void aRepCannotRevokeSomeoneElsesTokenNorListEveryones() {
        var rep = fixtures.user(Role.REP);
        var theirs = tokens.create(fixtures.user(Role.REP), "Not yours");

        assertThat(mvc.post().uri("/tokens/" + theirs.token().id() + "/revoke").with(signedIn(rep)).with(csrf()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/tokens?all=true").with(signedIn(rep))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/tokens").with(signedIn(rep))).bodyText()
                .doesNotContain("Not yours", "Everyone");
    }

    @Test
    void anAdminSeesAndRevokesEveryonesTokens() {
        var admin = fixtures.user(Role.ADMIN);
        var rep = fixtures.user(Role.REP);
        var theirs = tokens.create(rep, "Field tablet");

        assertThat(mvc.get().uri("/tokens?all=true").with(signedIn(admin))).hasStatusOk()
                .bodyText().contains("Everyone", rep.email());
        assertThat(mvc.post().uri("/tokens/" + theirs.token().id() + "/revoke?all=true").with(signedIn(admin)).with(csrf()))
                .hasRedirectedUrl("/tokens?all=true");
        assertThat(tokens.list(rep, false, 0, 5).getContent().get(0).revoked()).isTrue();
    }

    @Test
    void withoutTheUseApiPermissionThereIsNoCreateForm() {
        var rep = fixtures.user(Role.REP);
        var previous = fixtures.allowApiTo(Audience.SUPERVISORS_AND_ADMINS);
        try {
            assertThat(mvc.get().uri("/tokens").with(signedIn(rep))).hasStatusOk().bodyText()
                    .contains("does not let your role use the API").doesNotContain("create-token");
            assertThat(mvc.post().uri("/tokens").param("name", "sneaky").with(signedIn(rep)).with(csrf()))
                    .hasStatus(HttpStatus.FORBIDDEN);
        } finally {
            fixtures.allowApiTo(previous);
        }
    }

    @Test
    void thePageSpeaksFrench() {
        var rep = fixtures.user(Role.REP);
        tokens.create(rep, "Tableur");

        assertThat(mvc.get().uri("/tokens?lang=fr").with(signedIn(rep))).hasStatusOk()
                .bodyText().contains("Créer un jeton", "Commence par", "<html lang=\"fr\"");
    }
}
