package dev.terrain.territory;

import static dev.terrain.organization.UsersFixture.as;
import static dev.terrain.territory.TerritoryFixture.ROOT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.terrain.organization.UsersFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The territory pages: the tree, a territory's page with its editor, preview and forms, per role. */
@SpringBootTest
@AutoConfigureMockMvc
class TerritoriesPagesWebTests {

    @Autowired MockMvc mvc;
    @Autowired UsersFixture people;
    @Autowired TerritoryFixture fixture;
    @Autowired TerritoryMembers members;
    @Autowired TerritoryManagement territories;

    @Test
    void anAdminSeesTheWholeTreeNestedAndCanCreate() throws Exception {
        var admin = people.admin();
        var top = fixture.territory("Top", null, null);
        var middle = fixture.territory("Middle", top, null);
        var leaf = fixture.territory("Leaf", middle, null);

        var html = mvc.perform(get("/territories").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"new-territory\"")))
                .andReturn().getResponse().getContentAsString();
        var topAt = html.indexOf(top.name());
        assertThat(topAt).isPositive();
        assertThat(html.indexOf(middle.name())).isGreaterThan(topAt);
        assertThat(html.indexOf(leaf.name())).isGreaterThan(html.indexOf(middle.name()));
        assertThat(html).contains("data-depth=\"2\"");
        mvc.perform(get("/territories").param("lang", "fr").with(as(admin)))
                .andExpect(content().string(containsString("Nouveau territoire")));
        mvc.perform(post("/territories").param("name", UsersFixture.unique("Created")).param("parentId", top.id().toString())
                .with(as(admin)).with(csrf())).andExpect(redirectedUrlPattern("/territories/*?created"));
        mvc.perform(post("/territories").param("name", "").with(as(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"name-problem\"")));
    }

    @Test
    void aRepSeesOnlyTheirTerritoriesReadOnly() throws Exception {
        var mine = fixture.territory("Mine", null, null);
        var other = fixture.territory("Other", null, null);
        var rep = people.rep();
        members.put(ROOT, mine.id(), rep.id(), MemberRole.MEMBER);

        mvc.perform(get("/territories").with(as(rep)))
                .andExpect(content().string(containsString(mine.name())))
                .andExpect(content().string(not(containsString(other.name()))))
                .andExpect(content().string(not(containsString("id=\"new-territory\""))))
                .andExpect(content().string(containsString("href=\"/territories\"")));
        mvc.perform(get("/territories/" + mine.id()).with(as(rep))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"rule-form\""))))
                .andExpect(content().string(not(containsString("id=\"delete-territory\""))));
        mvc.perform(get("/territories/" + other.id()).with(as(rep))).andExpect(status().isNotFound());
        mvc.perform(get("/territories/nonsense").with(as(rep))).andExpect(status().isNotFound());
        mvc.perform(post("/territories").param("name", "x").with(as(rep)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/territories/" + mine.id() + "/rule").param("source", "json").param("json", "")
                .with(as(rep)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/territories/" + mine.id() + "/rule/edit").param("edit", "add")
                .with(as(rep)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/territories/" + mine.id() + "/delete").with(as(rep)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aSupervisorIsDeniedChanges() throws Exception {
        var territory = fixture.territory("T", null, null);
        var supervisor = people.supervisor(people.group());
        members.put(ROOT, territory.id(), supervisor.id(), MemberRole.MANAGER);
        mvc.perform(post("/territories/" + territory.id() + "/members").param("userId", supervisor.id().toString())
                .param("role", "MEMBER").with(as(supervisor)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/territories/" + territory.id()).param("name", "x").with(as(supervisor)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anHtmxPreviewGetsTheFragmentAndApplyingChangesTheCustomers() throws Exception {
        var admin = people.admin();
        var m = TerritoryFixture.marker();
        var territory = fixture.territory("Lyon", null, null);
        fixture.customer(m + " Bellecour", "69002", m);
        fixture.customer(m + " Grenoble", "38000", m);

        var fragment = mvc.perform(post("/territories/" + territory.id() + "/rule/preview").header("HX-Request", "true")
                        .param("source", "form").param("combine", "all")
                        .param("rowGroup", "0", "0").param("rowField", "city", "postalCode")
                        .param("rowOp", "equals", "startsWith").param("rowValue", m, "69")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("1 enter, 0 leave").contains(m + " Bellecour");

        mvc.perform(post("/territories/" + territory.id() + "/rule").param("source", "form").param("combine", "all")
                        .param("rowGroup", "0", "0").param("rowField", "city", "postalCode")
                        .param("rowOp", "equals", "startsWith").param("rowValue", m, "69")
                        .with(as(admin)).with(csrf()))
                .andExpect(redirectedUrlPattern("/territories/*?applied&entering=1&leaving=0"));
        mvc.perform(get("/territories/" + territory.id()).with(as(admin)))
                .andExpect(content().string(containsString(m + " Bellecour")))
                .andExpect(content().string(not(containsString(m + " Grenoble"))))
                .andExpect(content().string(containsString("value=\"" + m + "\"")));
    }

    @Test
    void theEditorAddsRowsAndGroupsAndNamesBadRules() throws Exception {
        var admin = people.admin();
        var territory = fixture.territory("T", null, null);

        mvc.perform(post("/territories/" + territory.id() + "/rule/edit").param("edit", "group").param("combine", "all")
                        .param("rowGroup", "0").param("rowField", "city").param("rowOp", "equals").param("rowValue", "Lyon")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"groupCombine\"")))
                .andExpect(content().string(containsString("&quot;any&quot;:[{&quot;field&quot;:&quot;postalCode&quot;")));
        mvc.perform(post("/territories/" + territory.id() + "/rule").param("source", "json")
                        .param("json", "{\"any\": [{\"field\": \"city\", \"op\": \"equals\", \"value\": 3}]}")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("rule.any[0].value")));
        mvc.perform(post("/territories/" + territory.id() + "/rule/preview").header("HX-Request", "true").param("source", "json")
                        .param("json", "{\"any\": [").with(as(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("is not valid JSON")));
    }

    @Test
    void aStaleDetailsFormIs412AndMembersAndTargetsAreSavedFromThePage() throws Exception {
        var admin = people.admin();
        var territory = fixture.territory("T", null, null);
        var rep = people.rep();
        territories.update(ROOT, territory.id(), new TerritoryDraft(null, territory.name() + " renamed", null, null), null);

        mvc.perform(post("/territories/" + territory.id()).param("name", "late").param("version", String.valueOf(territory.version()))
                .with(as(admin)).with(csrf())).andExpect(status().isPreconditionFailed());
        mvc.perform(post("/territories/" + territory.id() + "/members").param("userId", rep.id().toString()).param("role", "MANAGER")
                .with(as(admin)).with(csrf())).andExpect(redirectedUrlPattern("/territories/*?memberSaved*"));
        mvc.perform(post("/territories/" + territory.id() + "/targets").param("userId", rep.id().toString())
                        .param("period", java.time.Year.now() + "-03").param("revenue", "12 500,50").param("visits", "40")
                        .with(as(admin)).with(csrf())).andExpect(redirectedUrlPattern("/territories/*?targetSaved*"));
        mvc.perform(post("/territories/" + territory.id() + "/targets").param("period", "March").param("visits", "4")
                .with(as(admin)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(get("/territories/" + territory.id()).param("lang", "fr").with(as(admin)))
                .andExpect(content().string(containsString("Responsable")))
                .andExpect(content().string(containsString(">12500.50<")));
    }
}
