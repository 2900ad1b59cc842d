package dev.terrain.organization;

import static dev.terrain.organization.SettingsTestData.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Reading the audit log: the admin screen (with its htmx fragment) and {@code GET /api/v1/audit}. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SettingsTestData data;
    CurrentUser admin;
    CurrentUser author;
    String entity;

    @BeforeEach
    void setUp() {
        data = new SettingsTestData(jdbc);
        data.startFromDefaults();
        admin = data.user(Role.ADMIN);
        author = data.user(Role.SUPERVISOR);
        entity = "thing-" + UUID.randomUUID().toString().substring(0, 8);
        record("42", author, "created", "first change", "2020-03-09T10:00:00Z");
        record("42", null, "updated", "second change", "2020-03-10T23:30:00Z");
        record("43", author, "deleted", "third change", "2020-03-12T08:00:00Z");
    }

    private void record(String entityId, CurrentUser actor, String action, String summary, String at) {
        jdbc.sql("""
                insert into audit_log (at, actor_id, actor_name, entity, entity_id, action, summary)
                values (:at, :actorId, :actorName, :entity, :entityId, :action, :summary)""")
                .param("at", OffsetDateTime.parse(at))
                .param("actorId", actor == null ? null : actor.id().value())
                .param("actorName", actor == null ? "system" : actor.email())
                .param("entity", entity)
                .param("entityId", entityId)
                .param("action", action)
                .param("summary", summary)
                .update();
    }

    @Test
    void adminsReadTheLogNewestFirst() throws Exception {
        mvc.perform(get("/audit").param("entity", entity).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<header class=\"shell\">")))
                .andExpect(content().string(containsString("id=\"audit-filter\"")))
                .andExpect(content().string(stringContainsInOrder("third change", "second change", "first change")))
                .andExpect(content().string(containsString("2020-03-11 00:30:00")));
    }

    @Test
    void anHtmxRequestGetsOnlyTheTable() throws Exception {
        mvc.perform(get("/audit").param("entity", entity).param("action", "deleted").header("HX-Request", "true")
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit-results\"")))
                .andExpect(content().string(containsString("third change")))
                .andExpect(content().string(not(containsString("first change"))))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("id=\"audit-filter\""))));
    }

    @Test
    void theScreenPagesWithinTheFilter() throws Exception {
        mvc.perform(get("/audit").param("entity", entity).param("size", "2").with(as(admin)))
                .andExpect(content().string(containsString("third change")))
                .andExpect(content().string(not(containsString("first change"))))
                .andExpect(content().string(containsString("id=\"next-page\"")))
                .andExpect(content().string(containsString("entity=" + entity)))
                .andExpect(content().string(containsString("page=1")));
        mvc.perform(get("/audit").param("entity", entity).param("size", "2").param("page", "1").with(as(admin)))
                .andExpect(content().string(containsString("first change")))
                .andExpect(content().string(containsString("id=\"previous-page\"")))
                .andExpect(content().string(not(containsString("id=\"next-page\""))));
    }

    @Test
    void theScreenSpeaksFrench() throws Exception {
        mvc.perform(get("/audit").param("entity", entity).param("lang", "fr").with(as(admin)))
                .andExpect(content().string(containsString("Journal d&#39;audit")))
                .andExpect(content().string(containsString("Filtrer")));
    }

    @Test
    void badFiltersAreShownOnTheScreen() throws Exception {
        mvc.perform(get("/audit").param("from", "2020-02-30").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"audit-errors\"")))
                .andExpect(content().string(containsString("From: Give a date as YYYY-MM-DD.")));
        mvc.perform(get("/audit").param("from", "2020-03-10").param("to", "2020-03-01").header("HX-Request", "true")
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The end date cannot be before the start date.")));
    }

    @Test
    void nonAdminsMayNotReadTheLog() throws Exception {
        for (var role : new Role[] { Role.SUPERVISOR, Role.REP }) {
            var user = data.user(role);
            mvc.perform(get("/audit").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/audit").header("HX-Request", "true").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/audit").with(as(user)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiListsEntriesNewestFirstInPages() throws Exception {
        mvc.perform(get("/api/v1/audit").param("entity", entity).param("size", "2").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].summary").value("third change"))
                .andExpect(jsonPath("$.items[0].actor").value(author.email()))
                .andExpect(jsonPath("$.items[0].actorId").value(author.id().toString()))
                .andExpect(jsonPath("$.items[1].summary").value("second change"))
                .andExpect(jsonPath("$.items[1].at").value("2020-03-10T23:30:00Z"));
        mvc.perform(get("/api/v1/audit").param("entity", entity).param("size", "2").param("page", "1").with(as(admin)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].summary").value("first change"));
    }

    @ParameterizedTest(name = "{0}={1} finds {2}")
    @CsvSource({
            "entityId, 42, 2",
            "entityId, 4, 0",
            "action, updated, 1",
            "actor, SUPERVISOR-, 2",
            "actor, system, 1",
            "actor, %, 0",
            "actor, _, 0",
            "actor, \"' or 1=1 --\", 0",
            "from, 2020-03-11, 2",
            "to, 2020-03-10, 1",
            "to, 2020-03-11, 2" })
    void theApiFilters(String name, String value, int found) throws Exception {
        mvc.perform(get("/api/v1/audit").param("entity", entity).param(name, value).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(found));
    }

    @Test
    void theApiFiltersByActorIdAndByDay() throws Exception {
        mvc.perform(get("/api/v1/audit").param("entity", entity).param("actor", author.id().toString()).with(as(admin)))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/audit").param("entity", entity).param("from", "2020-03-11").param("to", "2020-03-11")
                        .with(as(admin)))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].summary").value("second change"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({ "from, yesterday", "to, 2020-13-01", "size, 0", "size, 101", "page, -1", "page, two" })
    void badApiFiltersNameTheField(String name, String value) throws Exception {
        mvc.perform(get("/api/v1/audit").param(name, value).with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(name)));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() throws Exception {
        mvc.perform(get("/api/v1/audit").param("from", "2020-03-10").param("to", "2020-03-09").with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/audit").param("actor", "x".repeat(300)).with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actor"));
    }
}
