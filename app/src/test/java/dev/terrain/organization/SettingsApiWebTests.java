package dev.terrain.organization;

import static dev.terrain.organization.SettingsTestData.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.ResultActions;

/** {@code /api/v1/settings} and {@code /api/v1/users/{id}/settings}: values, sources, rules and who may do what. */
@SpringBootTest
@AutoConfigureMockMvc
class SettingsApiWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SettingsTestData data;
    CurrentUser admin;
    CurrentUser supervisor;
    CurrentUser rep;
    CurrentUser otherRep;

    @BeforeEach
    void setUp() {
        data = new SettingsTestData(jdbc);
        data.startFromDefaults();
        admin = data.user(Role.ADMIN);
        supervisor = data.user(Role.SUPERVISOR);
        rep = data.user(Role.REP);
        otherRep = data.user(Role.REP);
        data.group(supervisor, rep);
    }

    private ResultActions putCompany(CurrentUser user, String json) throws Exception {
        return mvc.perform(put("/api/v1/settings").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions putUser(CurrentUser user, CurrentUser target, String json) throws Exception {
        return mvc.perform(put("/api/v1/users/{id}/settings", target.id()).with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void everyoneReadsTheCompanySettings() throws Exception {
        mvc.perform(get("/api/v1/settings").with(as(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visitDurationMinutes").value(45))
                .andExpect(jsonPath("$.workingDays[0]").value("MONDAY"))
                .andExpect(jsonPath("$.workdayStart").value("08:00"))
                .andExpect(jsonPath("$.visitFrequencyDays.A").value(28))
                .andExpect(jsonPath("$.overnightAllowed").value(false))
                .andExpect(jsonPath("$.timeZone").value("Europe/Paris"));
    }

    @Test
    void signedOutCallersGet401() throws Exception {
        mvc.perform(get("/api/v1/settings")).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAdminsChangeCompanySettings() throws Exception {
        putCompany(rep, "{\"visitDurationMinutes\": 60}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        putCompany(supervisor, "{\"visitDurationMinutes\": 60}").andExpect(status().isForbidden());
        putCompany(admin, """
                {"visitDurationMinutes": 60, "workingDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY"],
                 "overnightAllowed": true, "overnightDays": ["MONDAY", "TUESDAY"], "overnightMaxNightsPerWeek": 2,
                 "overnightCostPerNight": 95.5, "visitFrequencyDays": {"KEY": 14, "C": null}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visitDurationMinutes").value(60))
                .andExpect(jsonPath("$.overnightCostPerNight").value(95.5))
                .andExpect(jsonPath("$.visitFrequencyDays.KEY").value(14))
                .andExpect(jsonPath("$.visitFrequencyDays.C").doesNotExist());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"visitDurationMinutes\": 4} | visitDurationMinutes",
            "{\"visitDurationMinutes\": 481} | visitDurationMinutes",
            "{\"visitFrequencyDays\": {\"A\": 6}} | visitFrequencyDays.A",
            "{\"visitFrequencyDays\": {\"A\": 731}} | visitFrequencyDays.A",
            "{\"overnightMaxNightsPerWeek\": 8} | overnightMaxNightsPerWeek",
            "{\"workdayStart\": \"17:00\", \"workdayEnd\": \"08:00\"} | workdayEnd",
            "{\"breakEarliestStart\": \"13:00\", \"breakLatestStart\": \"12:00\"} | breakLatestStart",
            "{\"workdayStart\": \"08:00\", \"workdayEnd\": \"10:00\", \"breakEarliestStart\": \"08:00\", \"breakLatestStart\": \"08:00\", \"breakMinutes\": 150, \"visitDurationMinutes\": 5} | breakMinutes",
            "{\"breakEarliestStart\": \"06:00\"} | breakEarliestStart",
            "{\"visitDurationMinutes\": 480, \"workdayEnd\": \"16:00\"} | visitDurationMinutes",
            "{\"overnightAllowed\": true, \"overnightDays\": [], \"overnightMaxNightsPerWeek\": 0} | overnightDays",
            "{\"overnightAllowed\": true, \"overnightDays\": [\"SUNDAY\"], \"overnightMaxNightsPerWeek\": 1} | overnightDays",
            "{\"overnightAllowed\": true, \"overnightDays\": [\"MONDAY\"], \"overnightMaxNightsPerWeek\": 2} | overnightMaxNightsPerWeek",
            "{\"timeZone\": \"Europe/Atlantis\"} | timeZone",
            "{\"currency\": \"ABC\"} | currency",
            "{\"locale\": \"de\"} | locale",
            "{\"planningHorizonDays\": 0} | planningHorizonDays",
            "{\"workingDays\": []} | workingDays",
            "{\"workdayStart\": \"8h\"} | workdayStart",
            "{\"workdayStart\": null} | workdayStart",
            "{\"visitFrequencyDays\": {\"A\": null, \"B\": null, \"C\": null}} | visitFrequencyDays",
            "{\"visitFrequencyDays\": {\"NO WAY\": 30}} | visitFrequencyDays.NO WAY",
            "{\"coffeeBreaks\": 3} | coffeeBreaks",
            "{\"visitDurationMinutes\": {\"min\": 5}} | visitDurationMinutes" })
    void invalidCompanySettingsAreRefusedNamingTheField(String json, String field) throws Exception {
        putCompany(admin, json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        mvc.perform(get("/api/v1/settings").with(as(admin)))
                .andExpect(jsonPath("$.visitDurationMinutes").value(45))
                .andExpect(jsonPath("$.workdayStart").value("08:00"));
        org.assertj.core.api.Assertions.assertThat(
                jdbc.sql("select count(*) from settings").query(Long.class).single()).isZero();
    }

    @Test
    void everyFailingFieldIsListedAndNothingIsSaved() throws Exception {
        putCompany(admin, "{\"visitDurationMinutes\": 60, \"currency\": \"ZZZ\", \"locale\": \"xx\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[*].field", hasItem("currency")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("locale")));
        mvc.perform(get("/api/v1/settings").with(as(admin))).andExpect(jsonPath("$.visitDurationMinutes").value(45));
    }

    @Test
    void errorsSpeakTheCallersLanguage() throws Exception {
        mvc.perform(put("/api/v1/settings").with(as(admin)).header("Accept-Language", "fr")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"visitDurationMinutes\": 4}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Doit être compris entre 5 et 480."));
    }

    @Test
    void malformedBodiesAreRefused() throws Exception {
        putCompany(admin, "{\"visitDurationMinutes\": ").andExpect(status().isBadRequest());
        putCompany(admin, "[1, 2]").andExpect(status().isBadRequest());
        putUser(admin, rep, "not json").andExpect(status().isBadRequest());
    }

    @Test
    void aUsersSettingsShowWhereEachValueComesFrom() throws Exception {
        putUser(supervisor, rep, "{\"visitDurationMinutes\": 30, \"visitFrequencyDays.B\": 21}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.settings.visitDurationMinutes.value").value(30))
                .andExpect(jsonPath("$.settings.visitDurationMinutes.source").value("user"))
                .andExpect(jsonPath("$.settings.visitDurationMinutes.companyValue").value(45))
                .andExpect(jsonPath("$.settings['visitFrequencyDays.B'].source").value("user"))
                .andExpect(jsonPath("$.settings.workdayStart.source").value("company"));

        mvc.perform(get("/api/v1/users/{id}/settings", rep.id()).with(as(rep)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changeable").value(false))
                .andExpect(jsonPath("$.settings.visitDurationMinutes.value").value(30));

        mvc.perform(delete("/api/v1/users/{id}/settings/{key}", rep.id(), "visitDurationMinutes").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.settings.visitDurationMinutes.value").value(45))
                .andExpect(jsonPath("$.settings.visitDurationMinutes.source").value("company"))
                .andExpect(jsonPath("$.settings['visitFrequencyDays.B'].source").value("user"));
    }

    @Test
    void aUsersValuesFollowTheRules() throws Exception {
        putUser(admin, rep, "{\"workdayEnd\": \"07:00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("workdayEnd")));
        putUser(admin, rep, "{\"visitFrequencyDays.Q\": 30}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("visitFrequencyDays.Q")));
        mvc.perform(get("/api/v1/users/{id}/settings", rep.id()).with(as(admin)))
                .andExpect(jsonPath("$.settings.workdayEnd.source").value("company"));
    }

    @Test
    void repsReadOnlyTheirOwnSettings() throws Exception {
        mvc.perform(get("/api/v1/users/{id}/settings", rep.id()).with(as(rep))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users/{id}/settings", otherRep.id()).with(as(rep))).andExpect(status().isNotFound());
        putUser(rep, rep, "{\"visitDurationMinutes\": 30}").andExpect(status().isForbidden());
        putUser(rep, otherRep, "{\"visitDurationMinutes\": 30}").andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/users/{id}/settings/{key}", rep.id(), "visitDurationMinutes").with(as(rep)))
                .andExpect(status().isForbidden());
    }

    @Test
    void supervisorsManageTheUsersOfTheirGroupsOnly() throws Exception {
        mvc.perform(get("/api/v1/users/{id}/settings", rep.id()).with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changeable").value(true));
        mvc.perform(get("/api/v1/users/{id}/settings", otherRep.id()).with(as(supervisor)))
                .andExpect(status().isNotFound());
        putUser(supervisor, otherRep, "{\"visitDurationMinutes\": 30}").andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/users/{id}/settings/{key}", otherRep.id(), "visitDurationMinutes")
                .with(as(supervisor))).andExpect(status().isNotFound());
        putUser(supervisor, supervisor, "{\"visitDurationMinutes\": 30}").andExpect(status().isForbidden());
    }

    @Test
    void unknownUsersAndSettingsAreNotFound() throws Exception {
        mvc.perform(get("/api/v1/users/{id}/settings", "not-a-uuid").with(as(admin)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/users/{id}/settings", UserId.random()).with(as(admin))).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/users/{id}/settings/{key}", rep.id(), "coffeeBreaks").with(as(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void settingsWritesAppearInTheAuditLog() throws Exception {
        putUser(admin, rep, "{\"visitDurationMinutes\": 60}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").param("entity", "setting").param("entityId", rep.id().toString())
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("overridden"))
                .andExpect(jsonPath("$.items[0].actor").value(admin.email()))
                .andExpect(jsonPath("$.items[0].summary",
                        containsString("visitDurationMinutes: 45 -> 60 (user " + rep.email() + ")")));
    }
}
