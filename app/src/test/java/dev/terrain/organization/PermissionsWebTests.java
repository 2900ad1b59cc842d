package dev.terrain.organization;

import static dev.terrain.organization.UsersFixture.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The permission matrix: admins read and change it (audited); nobody else sees it. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class PermissionsWebTests {

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired Permissions permissions;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdminChangesAnAudienceAndItIsAudited() throws Exception {
        var admin = people.admin();
        var supervisor = people.supervisor();
        mvc.perform(put("/api/v1/permissions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"DELETE_CUSTOMERS\": \"EVERYONE\"}").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.DELETE_CUSTOMERS").value("EVERYONE"))
                .andExpect(jsonPath("$.USE_API").exists());
        mvc.perform(put("/api/v1/permissions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"DELETE_CUSTOMERS\": \"NOBODY\"}").with(as(admin))).andExpect(status().isOk());

        assertThat(permissions.allows(supervisor, Action.DELETE_CUSTOMERS)).isFalse();
        assertThat(people.auditSummaries("matrix")).last().asString().isEqualTo("changed: DELETE_CUSTOMERS: EVERYONE -> NOBODY");
    }

    @Test
    void unknownActionsAndAudiencesAreNamed() throws Exception {
        mvc.perform(put("/api/v1/permissions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"LAUNCH_ROCKETS\": \"EVERYONE\", \"EXPORT\": \"ALIENS\"}").with(as(people.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("LAUNCH_ROCKETS", "EXPORT")));
    }

    @Test
    void onlyAdminsSeeOrChangeTheMatrix() throws Exception {
        for (var user : new CurrentUser[] {people.supervisor(), people.rep()}) {
            mvc.perform(get("/api/v1/permissions").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/permissions").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"EXPORT\": \"EVERYONE\"}").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/permissions").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/permissions").param("EXPORT", "EVERYONE").with(as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from permission_policy where action = 'EXPORT' and audience = 'EVERYONE'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theMatrixScreenShowsAndSavesEveryAction() throws Exception {
        var admin = people.admin();
        mvc.perform(get("/permissions").param("lang", "fr").with(as(admin)))
                .andExpect(content().string(containsString("Exporter des listes")))
                .andExpect(content().string(containsString("Administrateurs seulement")));
        mvc.perform(post("/permissions").param("IMPORT", "SUPERVISORS_AND_ADMINS").with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(permissions.allows(people.supervisor(), Action.IMPORT)).isTrue();
    }
}
