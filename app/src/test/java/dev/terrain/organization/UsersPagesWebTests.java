package dev.terrain.organization;

import static dev.terrain.organization.UsersFixture.as;
import static dev.terrain.organization.UsersFixture.email;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The users pages, in English and French, for each role. */
@SpringBootTest
@AutoConfigureMockMvc
class UsersPagesWebTests {

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired UserManagement users;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdminSearchesTheListInEnglishAndFrench() throws Exception {
        var rep = people.rep();
        mvc.perform(get("/users").param("q", rep.email()).with(as(people.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString(rep.email())))
                .andExpect(content().string(containsString("table class=\"responsive\"")));
        mvc.perform(get("/users").param("lang", "fr").with(as(people.admin())))
                .andExpect(content().string(containsString("Nouvel utilisateur")));
    }

    @Test
    void theDeactivationFormOffersActiveNonAdminSuccessorsAndHandsOver() throws Exception {
        var leaving = people.rep();
        var heir = people.rep();
        var admin = people.admin();
        for (int i = 0; i < Paging.MAX_SIZE; i++) {
            people.rep();
        }

        mvc.perform(get("/users/" + leaving.id()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + heir.id() + "\"")))
                .andExpect(content().string(not(containsString("<option value=\"" + leaving.id() + "\""))))
                .andExpect(content().string(not(containsString("<option value=\"" + admin.id() + "\""))));

        mvc.perform(post("/users/" + leaving.id() + "/deactivate").param("successor", "not-an-id")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(users.get(admin, leaving.id()).active()).isTrue();

        mvc.perform(post("/users/" + leaving.id() + "/deactivate").param("successor", heir.id().toString())
                        .with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(users.get(admin, leaving.id()).active()).isFalse();
    }

    @Test
    void anHtmxSearchGetsOnlyTheResults() throws Exception {
        var rep = people.rep();
        mvc.perform(get("/users").param("q", rep.email()).header("HX-Request", "true").with(as(people.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"user-results\"")))
                .andExpect(content().string(containsString(rep.email())));
    }

    @Test
    void repsAreForbiddenEveryUserManagementPage() throws Exception {
        var rep = people.rep();
        var other = people.rep();
        for (var path : List.of("/users", "/users/new", "/users/" + other.id(), "/users/" + other.id() + "/password",
                "/users/export", "/groups", "/groups/new", "/permissions")) {
            mvc.perform(get(path).with(as(rep))).andExpect(status().isForbidden());
        }
        for (var path : List.of("/users", "/users/" + other.id(), "/users/" + other.id() + "/deactivate",
                "/users/" + other.id() + "/password", "/permissions")) {
            mvc.perform(post(path).param("email", "x@y.z").with(as(rep)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/").with(as(rep))).andExpect(content().string(not(containsString("href=\"/users\""))));
    }

    @Test
    void aSupervisorCannotOpenOrEditAUserOutsideTheirGroups() throws Exception {
        var supervisor = people.supervisor(people.group());
        var outsider = people.rep(people.group());

        mvc.perform(get("/users/" + outsider.id()).with(as(supervisor))).andExpect(status().isNotFound());
        mvc.perform(post("/users/" + outsider.id()).param("email", outsider.email()).param("displayName", "Hijacked")
                .param("role", "REP").with(as(supervisor)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/users/" + outsider.id() + "/deactivate").with(as(supervisor)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/users/not-a-uuid").with(as(supervisor))).andExpect(status().isNotFound());
    }

    @Test
    void theFormNamesBadFieldsInTheReadersLanguage() throws Exception {
        mvc.perform(post("/users").param("lang", "fr").param("email", email("f")).param("displayName", "Léa")
                        .param("role", "REP").param("homeAddress", "Oullins").param("latitude", "abc").param("longitude", "4.8")
                        .with(as(people.admin())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("doit être un nombre")));
    }

    @Test
    void creatingWithoutAPasswordShowsTheGeneratedOneOnce() throws Exception {
        var email = email("ui");
        mvc.perform(post("/users").param("email", email).param("displayName", "Hugo Simon").param("role", "REP")
                        .param("homeAddress", "Écully").param("latitude", "45.7746").param("longitude", "4.7779")
                        .param("password", "").with(as(people.admin())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"generated-password\"")))
                .andExpect(content().string(containsString("shown only this once")));
    }

    @Test
    void aDeactivatedUserCannotSignIn() throws Exception {
        var email = email("signin");
        var created = users.create(UsersFixture.ROOT, UsersFixture.repDraft(email, List.of()), "terrain-password-1").user();
        mvc.perform(formLogin("/login").user(email).password("terrain-password-1")).andExpect(authenticated());

        mvc.perform(post("/users/" + created.id() + "/deactivate").with(as(people.admin())).with(csrf()))
                .andExpect(redirectedUrl("/users/" + created.id() + "?deactivated"));

        mvc.perform(formLogin("/login").user(email).password("terrain-password-1")).andExpect(unauthenticated());
        mvc.perform(get("/users/" + created.id()).with(as(people.admin())))
                .andExpect(content().string(containsString("id=\"reactivate\"")));
    }

    @Test
    @Transactional
    void deactivatingTheLastAdminOnThePageIsRefused() throws Exception {
        var last = people.admin();
        jdbc.sql("update users set active = false where role = 'ADMIN' and id <> :id").param("id", last.id().value()).update();

        mvc.perform(post("/users/" + last.id() + "/deactivate").with(as(last)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("The last active admin cannot be deactivated.")));
    }

    @Test
    void anAdminSetsAPasswordOrGeneratesOne() throws Exception {
        var rep = people.rep();
        var admin = people.admin();
        mvc.perform(post("/users/" + rep.id() + "/password").param("password", "short").with(as(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("at least 10 characters")));
        mvc.perform(post("/users/" + rep.id() + "/password").param("generate", "true").with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"generated-password\"")));
        mvc.perform(post("/users/" + rep.id() + "/password").param("password", "new-password-42").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/users/" + rep.id() + "?passwordSet"));
        mvc.perform(formLogin("/login").user(rep.email()).password("new-password-42")).andExpect(authenticated());
    }

    @Test
    @Transactional
    void theExportButtonFollowsThePermissionMatrix() throws Exception {
        var supervisor = people.supervisor(people.group());
        jdbc.sql("insert into permission_policy (action, audience) values ('EXPORT', 'SUPERVISORS_AND_ADMINS') "
                + "on conflict (action) do update set audience = excluded.audience").update();
        mvc.perform(get("/users").with(as(supervisor))).andExpect(content().string(containsString("id=\"export-users\"")));

        jdbc.sql("update permission_policy set audience = 'ADMINS_ONLY' where action = 'EXPORT'").update();
        mvc.perform(get("/users").with(as(supervisor))).andExpect(content().string(not(containsString("id=\"export-users\""))));
        mvc.perform(get("/users/export").with(as(supervisor))).andExpect(status().isForbidden());
    }
}
