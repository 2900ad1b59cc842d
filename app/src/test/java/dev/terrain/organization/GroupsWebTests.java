package dev.terrain.organization;

import static dev.terrain.organization.UsersFixture.as;
import static dev.terrain.organization.UsersFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
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
import org.springframework.test.web.servlet.MockMvc;

/** Groups over the API and the pages: admins change them, supervisors read their own, reps nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class GroupsWebTests {

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired UserManagement users;

    @Test
    void anAdminCreatesRenamesFillsAndDeletesAGroup() throws Exception {
        var admin = people.admin();
        var name = unique("Villeurbanne");
        var body = mvc.perform(post("/api/v1/groups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\"}").with(as(admin)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var id = body.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        var rep = people.rep();
        var supervisor = people.supervisor();

        mvc.perform(put("/api/v1/groups/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"" + name + " Est\"}").with(as(admin))).andExpect(jsonPath("$.name").value(name + " Est"));
        mvc.perform(post("/api/v1/groups/" + id + "/members").contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\": \"" + rep.id() + "\"}").with(as(admin))).andExpect(jsonPath("$.memberCount").value(1));
        mvc.perform(post("/api/v1/groups/" + id + "/members").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\": \"" + supervisor.id() + "\"}").with(as(admin)))
                .andExpect(jsonPath("$.supervisors[0]").value(supervisor.displayName()));
        assertThat(users.get(supervisor, rep.id()).email()).isEqualTo(rep.email());

        mvc.perform(delete("/api/v1/groups/" + id + "/members/" + rep.id()).with(as(admin)))
                .andExpect(jsonPath("$.memberCount").value(1));
        mvc.perform(delete("/api/v1/groups/" + id).with(as(admin))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/groups/" + id).with(as(admin))).andExpect(status().isNotFound());
        assertThat(people.auditSummaries(id)).extracting(s -> s.substring(0, s.indexOf(':')))
                .containsExactly("created", "renamed", "member added", "member added", "member removed", "deleted");
    }

    @Test
    void groupNamesAreRequiredAndUnique() throws Exception {
        var admin = people.admin();
        var group = people.group();
        mvc.perform(post("/api/v1/groups").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"  \"}").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/groups").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + group.name().toUpperCase() + "\"}").with(as(admin)))
                .andExpect(status().isConflict());
    }

    @Test
    void aSupervisorSeesOnlyTheirGroupsAndChangesNone() throws Exception {
        var mine = people.group();
        var other = people.group();
        var supervisor = people.supervisor(mine);

        mvc.perform(get("/api/v1/groups").param("size", "100").with(as(supervisor)))
                .andExpect(jsonPath("$.items[*].name").value(hasItem(mine.name())))
                .andExpect(jsonPath("$.items[*].name").value(not(hasItem(other.name()))));
        mvc.perform(get("/api/v1/groups/" + other.id()).with(as(supervisor))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/groups/" + mine.id()).with(as(supervisor))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/groups/" + mine.id()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\"}").with(as(supervisor))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/groups").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\"}").with(as(supervisor))).andExpect(status().isForbidden());
        mvc.perform(get("/groups").with(as(supervisor)))
                .andExpect(content().string(containsString(mine.name())))
                .andExpect(content().string(not(containsString(other.name()))))
                .andExpect(content().string(not(containsString("id=\"new-group\""))));
        mvc.perform(post("/groups/" + mine.id() + "/delete").with(as(supervisor)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void repsAreForbiddenGroups() throws Exception {
        var group = people.group();
        var rep = people.rep(group);
        mvc.perform(get("/api/v1/groups").with(as(rep))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/groups/" + group.id()).with(as(rep))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/groups/" + group.id()).with(as(rep))).andExpect(status().isForbidden());
        mvc.perform(get("/groups/" + group.id()).with(as(rep))).andExpect(status().isForbidden());
    }

    @Test
    void theGroupPageListsMembersAndAddsOne() throws Exception {
        var admin = people.admin();
        var group = people.group();
        var rep = people.rep(group);
        var newcomer = people.rep();

        mvc.perform(get("/groups/" + group.id()).param("q", newcomer.email()).param("lang", "fr").with(as(admin)))
                .andExpect(content().string(containsString(rep.displayName())))
                .andExpect(content().string(containsString("Ajouter un membre")))
                .andExpect(content().string(containsString(newcomer.email())));
        mvc.perform(post("/groups/" + group.id() + "/members").param("userId", newcomer.id().toString())
                .with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(users.get(admin, newcomer.id()).groups()).extracting(UserView.GroupRef::name).containsExactly(group.name());
        mvc.perform(post("/groups").param("name", "").with(as(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"name-problem\"")));
    }
}
