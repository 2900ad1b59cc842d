package dev.terrain.territory;

import static dev.terrain.organization.UsersFixture.as;
import static dev.terrain.organization.UsersFixture.unique;
import static dev.terrain.territory.TerritoryFixture.ROOT;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;

import dev.terrain.organization.UsersFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The territory REST API: managers change, members read, everyone else gets 403 or 404. */
@SpringBootTest
@AutoConfigureMockMvc
class TerritoriesApiWebTests {

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired TerritoryFixture fixture;
    @Autowired TerritoryMembers members;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String id(String body) {
        return body.replaceAll("^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    @Test
    void anAdminCreatesUpdatesMovesAndDeletesWithETags() throws Exception {
        var admin = people.admin();
        var name = unique("France");
        var parent = id(mvc.perform(json(post("/api/v1/territories"), "{\"name\": \"" + name + "\"}").with(as(admin)))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andReturn().getResponse().getContentAsString());
        var child = id(mvc.perform(json(post("/api/v1/territories"), "{\"name\": \"Rhône\", \"parentId\": \"" + parent + "\"}")
                .with(as(admin))).andExpect(jsonPath("$.depth").value(1)).andReturn().getResponse().getContentAsString());

        mvc.perform(json(put("/api/v1/territories/" + parent), "{\"name\": \"" + name + " métropole\"}")
                        .header("If-Match", "\"0\"").with(as(admin)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(put("/api/v1/territories/" + parent), "{\"name\": \"stale\"}").header("If-Match", "\"0\"").with(as(admin)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        mvc.perform(json(post("/api/v1/territories/" + parent + "/move"), "{\"parentId\": \"" + child + "\"}").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parentId"));
        mvc.perform(json(post("/api/v1/territories/" + child + "/move"), "{\"parentId\": null}").header("If-Match", "\"0\"").with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.depth").value(0));
        mvc.perform(json(post("/api/v1/territories/" + child + "/move"), "{\"parentId\": \"" + parent + "\"}").with(as(admin)))
                .andExpect(jsonPath("$.parentId").value(parent));
        mvc.perform(delete("/api/v1/territories/" + parent).with(as(admin))).andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/territories/" + child).with(as(admin))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/territories/" + child).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/territories/tree").with(as(admin))).andExpect(jsonPath("$[*].name").value(hasItem(name + " métropole")));
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        var admin = people.admin();
        var territory = fixture.territory("T", null, null);
        mvc.perform(json(post("/api/v1/territories"), "{\"name\": \"  \"}").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(json(post("/api/v1/territories"), "{\"name\": \"x\", \"parentId\": \"nope\"}").with(as(admin)))
                .andExpect(jsonPath("$.errors[0].field").value("parentId"));
        mvc.perform(json(post("/api/v1/territories"), "{\"name\": \"x\", \"parentId\": \"" + java.util.UUID.randomUUID() + "\"}").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("parentId"));
        mvc.perform(json(post("/api/v1/territories"), "not json").with(as(admin))).andExpect(status().isBadRequest());
        mvc.perform(json(put("/api/v1/territories/" + territory.id()), "{\"name\": \"x\"}").header("If-Match", "soon").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("If-Match"));
        mvc.perform(json(put("/api/v1/territories/" + territory.id() + "/rule"),
                        "{\"rule\": {\"any\": [{\"field\": \"city\", \"op\": \"equals\", \"value\": \"Lyon\"}, {\"field\": \"annualRevenue\", \"op\": \"gte\", \"value\": \"big\"}]}}")
                        .with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rule.any[1].value"));
        mvc.perform(json(post("/api/v1/territories/" + territory.id() + "/rule/preview"),
                        "{\"rule\": {\"field\": \"city\", \"op\": \"like\", \"value\": \"x\"}}").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rule.op"));
        mvc.perform(get("/api/v1/territories").param("q", "'; drop table territories; --").with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/territories/not-an-id").with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/territories/" + territory.id() + "/customers"), "{\"customerId\": \"x\", \"mode\": \"INCLUDE\"}")
                .with(as(admin))).andExpect(jsonPath("$.errors[0].field").value("customerId"));
        mvc.perform(json(post("/api/v1/territories/" + territory.id() + "/customers"),
                        "{\"customerId\": \"" + java.util.UUID.randomUUID() + "\", \"mode\": \"INCLUDE\"}").with(as(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRuleIsPreviewedAppliedAndItsCustomersListed() throws Exception {
        var admin = people.admin();
        var m = TerritoryFixture.marker();
        var territory = fixture.territory("Lyon", null, null);
        fixture.customer(m + " a", "69001", m);
        fixture.customer(m + " b", "38000", m);
        var rule = "{\"rule\": {\"all\": [{\"field\": \"city\", \"op\": \"equals\", \"value\": \"" + m + "\"}, "
                + "{\"field\": \"postalCode\", \"op\": \"startsWith\", \"value\": [\"69\"]}]}}";

        mvc.perform(json(post("/api/v1/territories/" + territory.id() + "/rule/preview"), rule).with(as(admin)))
                .andExpect(jsonPath("$.entering").value(1)).andExpect(jsonPath("$.leaving").value(0))
                .andExpect(jsonPath("$.enteringSamples[0]").value(m + " a")).andExpect(jsonPath("$.applied").value(false));
        mvc.perform(get("/api/v1/territories/" + territory.id() + "/customers").with(as(admin))).andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(json(put("/api/v1/territories/" + territory.id() + "/rule"), rule).header("If-Match", "\"99\"").with(as(admin)))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(json(put("/api/v1/territories/" + territory.id() + "/rule"), rule).with(as(admin)))
                .andExpect(jsonPath("$.entering").value(1)).andExpect(jsonPath("$.applied").value(true));
        mvc.perform(get("/api/v1/territories/" + territory.id() + "/customers").with(as(admin)))
                .andExpect(jsonPath("$.items[0].name").value(m + " a")).andExpect(jsonPath("$.items[0].source").value("RULE"));
        mvc.perform(get("/api/v1/territories/" + territory.id()).with(as(admin)))
                .andExpect(jsonPath("$.rule.all[1].value[0]").value("69")).andExpect(jsonPath("$.customerCount").value(1));
    }

    @Test
    void upsertByExternalIdCreatesThenUpdates() throws Exception {
        var admin = people.admin();
        var external = unique("ERP");
        var first = id(mvc.perform(json(put("/api/v1/territories/by-external-id/" + external), "{\"name\": \"" + external + "\"}")
                .with(as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        mvc.perform(json(put("/api/v1/territories/by-external-id/" + external), "{\"name\": \"" + external + " bis\"}").with(as(admin)))
                .andExpect(jsonPath("$.id").value(first)).andExpect(jsonPath("$.name").value(external + " bis"))
                .andExpect(jsonPath("$.externalId").value(external));
    }

    @Test
    void membersAndTargetsOverTheApi() throws Exception {
        var admin = people.admin();
        var territory = fixture.territory("T", null, null);
        var rep = people.rep();
        var gone = people.rep();
        jdbcDeactivate(gone);
        mvc.perform(json(put("/api/v1/territories/" + territory.id() + "/members/" + rep.id()), "{\"role\": \"MANAGER\"}").with(as(admin)))
                .andExpect(jsonPath("$[0].role").value("MANAGER"));
        mvc.perform(json(put("/api/v1/territories/" + territory.id() + "/members/" + gone.id()), "{\"role\": \"MEMBER\"}").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("userId"));
        mvc.perform(json(put("/api/v1/territories/" + territory.id() + "/members/" + rep.id()), "{\"role\": \"BOSS\"}").with(as(admin)))
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        mvc.perform(json(put("/api/v1/territories/" + territory.id() + "/members/" + java.util.UUID.randomUUID()), "{}").with(as(admin)))
                .andExpect(status().isNotFound());
        int year = Year.now().getValue();
        mvc.perform(json(put("/api/v1/targets"), "{\"territoryId\": \"" + territory.id() + "\", \"userId\": \"" + rep.id()
                        + "\", \"period\": \"" + year + "-Q2\", \"revenue\": 5000, \"visits\": 60}").with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.userName").value(rep.displayName()));
        mvc.perform(json(put("/api/v1/targets"), "{\"territoryId\": \"" + territory.id() + "\", \"period\": \"Q2\", \"visits\": 60}").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(get("/api/v1/targets").param("territoryId", territory.id().toString()).param("kind", "QUARTER")
                        .param("year", String.valueOf(year)).with(as(rep)))
                .andExpect(jsonPath("$.totalItems").value(1)).andExpect(jsonPath("$.items[0].visits").value(60));
        mvc.perform(get("/api/v1/targets").param("kind", "WEEK").with(as(admin)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(json(put("/api/v1/targets"), "{\"territoryId\": \"" + territory.id() + "\", \"period\": \"" + year + "-01\", \"visits\": 1}")
                .with(as(rep))).andExpect(status().isForbidden());
    }

    @Test
    void repsAndSupervisorsReadTheirTerritoriesAndChangeNone() throws Exception {
        var mine = fixture.territory("Mine", null, null);
        var below = fixture.territory("Below", mine, null);
        var other = fixture.territory("Other", null, null);
        var rep = people.rep();
        var supervisor = people.supervisor(people.group());
        members.put(ROOT, mine.id(), rep.id(), MemberRole.MEMBER);
        members.put(ROOT, mine.id(), supervisor.id(), MemberRole.MANAGER);

        for (var user : java.util.List.of(rep, supervisor)) {
            mvc.perform(get("/api/v1/territories").param("size", "100").with(as(user)))
                    .andExpect(jsonPath("$.items[*].name").value(hasItem(below.name())))
                    .andExpect(jsonPath("$.items[*].name").value(not(hasItem(other.name()))));
            mvc.perform(get("/api/v1/territories/" + below.id()).with(as(user))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/territories/" + other.id()).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/territories/" + other.id() + "/members").with(as(user))).andExpect(status().isNotFound());
            mvc.perform(json(post("/api/v1/territories"), "{\"name\": \"x\"}").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(json(put("/api/v1/territories/" + mine.id()), "{\"name\": \"x\"}").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(json(put("/api/v1/territories/" + mine.id() + "/rule"), "{\"rule\": null}").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(json(post("/api/v1/territories/" + mine.id() + "/rule/preview"), "{\"rule\": null}").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/territories/" + mine.id()).with(as(user))).andExpect(status().isForbidden());
            mvc.perform(json(put("/api/v1/territories/" + mine.id() + "/members/" + user.id()), "{\"role\": \"MANAGER\"}").with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/territories/reevaluate").with(as(user))).andExpect(status().isForbidden());
        }
    }

    private void jdbcDeactivate(dev.terrain.organization.CurrentUser user) {
        new dev.terrain.organization.SecurityFixtures(jdbc, null).deactivate(user);
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
}
