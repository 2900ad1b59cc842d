package dev.terrain.organization;

import static dev.terrain.organization.UsersFixture.as;
import static dev.terrain.organization.UsersFixture.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/** {@code /api/v1/users}: what each role may do, and the problem documents for bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class UsersApiWebTests {

    @Autowired ApplicationEvents events;

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired JdbcClient jdbc;

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static String repJson(String email) {
        return """
                {"email": "%s", "displayName": "Julie Petit", "role": "REP", "homeAddress": "Place Bellecour, Lyon",
                 "latitude": 45.7578, "longitude": 4.832}""".formatted(email);
    }

    @Test
    void anAdminCreatesReadsAndUpdatesAUser() throws Exception {
        var admin = people.admin();
        var email = email("api");
        var body = mvc.perform(json(post("/api/v1/users"), repJson(email)).with(as(admin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.user.email").value(email))
                .andExpect(jsonPath("$.user.latitude").value(45.7578))
                .andExpect(jsonPath("$.generatedPassword").isString())
                .andExpect(jsonPath("$.user.passwordHash").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        var id = body.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");

        mvc.perform(get("/api/v1/users/" + id).with(as(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("REP"));
        mvc.perform(json(put("/api/v1/users/" + id), repJson(email).replace("Julie Petit", "Julie P.")).with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.displayName").value("Julie P."));
    }

    @Test
    void invalidFieldsAreNamedInAProblemDocument() throws Exception {
        mvc.perform(json(post("/api/v1/users"), """
                        {"email": "nope", "displayName": "", "role": "KING", "latitude": 100}""").with(as(people.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(
                        "email", "displayName", "role", "homeAddress", "latitude", "longitude")));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(json(post("/api/v1/users"), "{\"email\": ").with(as(people.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Malformed request"));
    }

    @Test
    void aDuplicateEmailIsAConflict() throws Exception {
        var existing = people.rep();
        mvc.perform(json(post("/api/v1/users"), repJson(existing.email().toUpperCase())).with(as(people.admin())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
    }

    @Test
    void repsAreForbiddenEveryUserEndpoint() throws Exception {
        var rep = people.rep();
        var other = people.rep();
        var id = other.id();
        mvc.perform(get("/api/v1/users").with(as(rep))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users/" + id).with(as(rep))).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/users"), repJson(email("r"))).with(as(rep))).andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/users/" + id), repJson(other.email())).with(as(rep))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/" + id + "/deactivate").with(as(rep))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/" + id + "/reactivate").with(as(rep))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/" + id + "/password").with(as(rep))).andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/users/bulk"), "{\"users\": []}").with(as(rep))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users/export").with(as(rep))).andExpect(status().isForbidden());
        assertThat(people.auditSummaries(id)).hasSize(1);
    }

    @Test
    void withoutSignInTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/users")).andExpect(status().isUnauthorized());
    }

    @Test
    void aSupervisorDoesNotSeeUsersOutsideTheirGroups() throws Exception {
        var mine = people.group();
        var supervisor = people.supervisor(mine);
        var outsider = people.rep(people.group());
        var member = people.rep(mine);

        mvc.perform(get("/api/v1/users/" + outsider.id()).with(as(supervisor))).andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/users/" + outsider.id()), repJson(outsider.email())).with(as(supervisor)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/users/" + outsider.id() + "/deactivate").with(as(supervisor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users").param("size", "100").with(as(supervisor))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].email").value(hasItem(member.email())))
                .andExpect(jsonPath("$.items[*].email").value(not(hasItem(outsider.email()))));
        mvc.perform(post("/api/v1/users/" + member.id() + "/deactivate").with(as(supervisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        assertThat(people.auditSummaries(outsider.id())).hasSize(1);
    }

    @Test
    void aSupervisorCannotCreateAnAdmin() throws Exception {
        var group = people.group();
        var supervisor = people.supervisor(group);
        mvc.perform(json(post("/api/v1/users"), """
                        {"email": "%s", "displayName": "Boss", "role": "ADMIN", "groupIds": ["%s"]}"""
                        .formatted(email("boss"), group.id())).with(as(supervisor)))
                .andExpect(status().isForbidden());
    }

    @Test
    @Transactional
    void deactivatingTheLastActiveAdminIsAConflictAndChangesNothing() throws Exception {
        var last = people.admin();
        jdbc.sql("update users set active = false where role = 'ADMIN' and id <> :id").param("id", last.id().value()).update();

        mvc.perform(post("/api/v1/users/" + last.id() + "/deactivate").with(as(last)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("active"));
        mvc.perform(get("/api/v1/users/" + last.id()).with(as(last))).andExpect(jsonPath("$.active").value(true));
    }

    @Test
    void deactivatingWithASuccessorAnnouncesTheHandOver() throws Exception {
        var group = people.group();
        var leaving = people.rep(group);
        var heir = people.rep(group);
        var admin = people.admin();

        mvc.perform(post("/api/v1/users/" + leaving.id() + "/deactivate").param("successor", heir.id().toString())
                .with(as(admin))).andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));

        assertThat(events.stream(UserDeactivated.class))
                .containsExactly(new UserDeactivated(leaving.id(), heir.id(), admin));
        assertThat(people.auditSummaries(leaving.id())).last().asString().contains("successor: " + heir.id());
    }

    @Test
    void aSuccessorMustBeSomeoneElseActiveAndNoAdmin() throws Exception {
        var group = people.group();
        var leaving = people.rep(group);
        var gone = people.rep(group);
        jdbc.sql("update users set active = false where id = :id").param("id", gone.id().value()).update();
        var admin = people.admin();

        for (var successor : List.of("not-an-id", leaving.id().toString(), gone.id().toString(),
                admin.id().toString(), java.util.UUID.randomUUID().toString())) {
            mvc.perform(post("/api/v1/users/" + leaving.id() + "/deactivate").param("successor", successor)
                            .with(as(admin)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("successor"));
        }
        mvc.perform(get("/api/v1/users/" + leaving.id()).with(as(admin))).andExpect(jsonPath("$.active").value(true));
        assertThat(events.stream(UserDeactivated.class)).isEmpty();
    }

    @Test
    void listsArePagedAndFiltered() throws Exception {
        var group = people.group();
        for (int i = 0; i < 3; i++) {
            people.rep(group);
        }
        mvc.perform(get("/api/v1/users").param("group", group.id().toString()).param("role", "rep")
                        .param("active", "true").param("size", "2").param("sort", "email; drop table users")
                        .with(as(people.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/v1/users").param("role", "KING").with(as(people.admin())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("role"));
    }

    @Test
    void passwordResetGeneratesOneOrChecksTheChosenOne() throws Exception {
        var rep = people.rep();
        var admin = people.admin();
        mvc.perform(post("/api/v1/users/" + rep.id() + "/password").with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.password").isString());
        mvc.perform(json(post("/api/v1/users/" + rep.id() + "/password"), "{\"password\": \"short\"}").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("password"));
    }

    @Test
    void bulkOverTheLimitIs413AndWritesNothing() throws Exception {
        var marker = UsersFixture.unique("over");
        var rows = IntStream.rangeClosed(0, UserManagement.MAX_BULK_ROWS)
                .mapToObj(i -> repJson(marker + "-" + i + "@test.terrain.dev")).collect(Collectors.joining(","));

        mvc.perform(json(post("/api/v1/users/bulk"), "{\"users\": [" + rows + "]}").with(as(people.admin())))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value(containsString("at most 1000")));
        assertThat(jdbc.sql("select count(*) from users where email like :m").param("m", marker + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void bulkWithABadRowRollsBackAndNamesIt() throws Exception {
        var marker = UsersFixture.unique("bad");
        var rows = List.of(repJson(marker + "-0@test.terrain.dev"), repJson(marker + "-1@test.terrain.dev").replace("45.7578", "99"));

        mvc.perform(json(post("/api/v1/users/bulk"), "{\"users\": [" + String.join(",", rows) + "]}").with(as(people.admin())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("users[1].latitude"));
        assertThat(jdbc.sql("select count(*) from users where email like :m").param("m", marker + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void bulkCreatesAndReportsEachRow() throws Exception {
        var marker = UsersFixture.unique("ok");
        var rows = List.of(repJson(marker + "-0@test.terrain.dev"), repJson(marker + "-1@test.terrain.dev"));

        mvc.perform(json(post("/api/v1/users/bulk"), "{\"users\": [" + String.join(",", rows) + "]}").with(as(people.admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.users[1].outcome").value("CREATED"));
    }

    @Test
    void exportIsCsvSafeForSpreadsheets() throws Exception {
        var admin = people.admin();
        var email = email("csv");
        mvc.perform(json(post("/api/v1/users"), repJson(email).replace("Julie Petit", "=HYPERLINK(1)")).with(as(admin)))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/users/export").param("q", email).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString(email + ",'=HYPERLINK(1),REP,true")));
    }
}
