package dev.terrain.organization;

import static dev.terrain.organization.SettingsTestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import dev.terrain.organization.internal.SettingKey;
import dev.terrain.organization.internal.SettingKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The settings screens: company page, per-user page with sources, override and reset, and who sees what. */
@SpringBootTest
@AutoConfigureMockMvc
class SettingsWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettingsManagement settings;

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

    /** A form as the browser posts it: every field with its current value, then the changes. */
    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> current,
            Map<String, String> changes) {
        var texts = new java.util.LinkedHashMap<>(current);
        texts.putAll(changes);
        texts.forEach((name, value) -> {
            var kind = SettingKey.of(name).map(SettingKey::kind).orElse(SettingKind.INTEGER);
            if (kind == SettingKind.DAYS) {
                for (var day : value.split(",")) {
                    if (!day.isEmpty()) {
                        request.param(name, day);
                    }
                }
            } else if (kind == SettingKind.BOOLEAN) {
                if (value.equals("true")) {
                    request.param(name, "true");
                }
            } else {
                request.param(name, value);
            }
        });
        return request.with(csrf());
    }

    private Map<String, String> userTexts(CurrentUser user) {
        var texts = new java.util.LinkedHashMap<String, String>();
        settings.forUser(admin, user.id()).entries().forEach(e -> texts.put(e.key(), e.value()));
        return texts;
    }

    @Test
    void adminsEditTheCompanySettings() throws Exception {
        mvc.perform(get("/settings").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"save-settings\"")))
                .andExpect(content().string(containsString("id=\"newCategory\"")))
                .andExpect(content().string(not(containsString("id=\"read-only\""))));
        mvc.perform(form(post("/settings").with(as(admin)), settings.companyTexts(),
                        Map.of("visitDurationMinutes", "60", "overnightAllowed", "true", "overnightMaxNightsPerWeek", "2")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/settings?saved"));
        var company = settings.company();
        assertThat(company.visitDurationMinutes()).isEqualTo(60);
        assertThat(company.overnightStays().allowed()).isTrue();
    }

    @Test
    void othersReadTheCompanySettingsButCannotChangeThem() throws Exception {
        for (var user : new CurrentUser[] { supervisor, rep }) {
            mvc.perform(get("/settings").with(as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"read-only\"")))
                    .andExpect(content().string(not(containsString("id=\"save-settings\""))))
                    .andExpect(content().string(containsString("disabled")));
            mvc.perform(form(post("/settings").with(as(user)), settings.companyTexts(),
                    Map.of("visitDurationMinutes", "60"))).andExpect(status().isForbidden());
        }
        assertThat(settings.company().visitDurationMinutes()).isEqualTo(45);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "visitDurationMinutes | 481 | visitDurationMinutes",
            "visitFrequencyDays.B | 3 | visitFrequencyDays.B",
            "overnightMaxNightsPerWeek | 9 | overnightMaxNightsPerWeek",
            "workdayEnd | 07:00 | workdayEnd",
            "breakLatestStart | 11:00 | breakLatestStart",
            "breakMinutes | 241 | breakMinutes",
            "timeZone | Moon/Base | timeZone",
            "currency | EUROS | currency" })
    void theCompanyFormShowsWhatIsWrongAndSavesNothing(String field, String value, String failing) throws Exception {
        mvc.perform(form(post("/settings").with(as(admin)), settings.companyTexts(),
                        Map.of(field, value, "planningHorizonDays", "14")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"settings-errors\"")))
                .andExpect(content().string(containsString("id=\"error-" + failing + "\"")))
                .andExpect(content().string(containsString("value=\"" + value + "\"")));
        assertThat(settings.company().planningHorizonDays()).isEqualTo(7);
    }

    @Test
    void adminsAddAndRemoveCustomerCategories() throws Exception {
        mvc.perform(form(post("/settings").with(as(admin)), settings.companyTexts(), Map.of("visitFrequencyDays.C", ""))
                        .param("newCategory", "key").param("newCategoryDays", "14"))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.company().visitFrequencyDays()).containsOnlyKeys("A", "B", "KEY");
        mvc.perform(get("/settings").with(as(admin)))
                .andExpect(content().string(containsString("Visit customers of category KEY every (days)")));
    }

    @Test
    void aNewCategoryNeedsAFrequency() throws Exception {
        mvc.perform(form(post("/settings").with(as(admin)), settings.companyTexts(), Map.of())
                        .param("newCategory", "D"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A value is required.")));
        assertThat(settings.company().visitFrequencyDays()).doesNotContainKey("D");
    }

    @Test
    void theUserPageMarksCompanyDefaultsAndOwnValues() throws Exception {
        settings.overrideForUser(admin, rep.id(), Map.of("visitDurationMinutes", "30"), false);
        mvc.perform(get("/settings/users/{id}", rep.id()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-source=\"user\"")))
                .andExpect(content().string(containsString("data-source=\"company\"")))
                .andExpect(content().string(containsString("Company: 45")))
                .andExpect(content().string(containsString("id=\"reset-visitDurationMinutes\"")))
                .andExpect(content().string(not(containsString("id=\"reset-workdayStart\""))));
    }

    @Test
    void aSupervisorOverridesAndResetsTheSettingsOfTheirGroupsUsers() throws Exception {
        mvc.perform(get("/settings/users/{id}", rep.id()).with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"save-settings\"")));
        mvc.perform(form(post("/settings/users/{id}", rep.id()).with(as(supervisor)), userTexts(rep),
                        Map.of("workdayStart", "07:30")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/settings/users/" + rep.id() + "?saved"));
        var own = settings.forUser(admin, rep.id()).entries().stream().filter(EffectiveSetting::own).toList();
        assertThat(own).extracting(EffectiveSetting::key, EffectiveSetting::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("workdayStart", "07:30"));

        mvc.perform(post("/settings/users/{id}/reset", rep.id()).param("key", "workdayStart")
                        .with(as(supervisor)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/settings/users/" + rep.id() + "?reset"));
        assertThat(settings.forUser(admin, rep.id()).entries()).noneMatch(EffectiveSetting::own);
    }

    @Test
    void theUserFormShowsRuleBreaksAndSavesNothing() throws Exception {
        mvc.perform(form(post("/settings/users/{id}", rep.id()).with(as(admin)), userTexts(rep),
                        Map.of("breakEarliestStart", "14:00", "visitDurationMinutes", "30")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-breakLatestStart\"")));
        assertThat(settings.forUser(admin, rep.id()).entries()).noneMatch(EffectiveSetting::own);
    }

    @Test
    void repsReadTheirOwnSettingsOnly() throws Exception {
        mvc.perform(get("/settings/users/{id}", rep.id()).with(as(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"read-only\"")))
                .andExpect(content().string(not(containsString("id=\"save-settings\""))));
        mvc.perform(form(post("/settings/users/{id}", rep.id()).with(as(rep)), userTexts(rep),
                Map.of("visitDurationMinutes", "30"))).andExpect(status().isForbidden());
        mvc.perform(post("/settings/users/{id}/reset", rep.id()).param("key", "visitDurationMinutes")
                .with(as(rep)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/settings/users/{id}", otherRep.id()).with(as(rep))).andExpect(status().isNotFound());
        mvc.perform(form(post("/settings/users/{id}", otherRep.id()).with(as(rep)), userTexts(otherRep),
                Map.of("visitDurationMinutes", "30"))).andExpect(status().isNotFound());
        assertThat(settings.forUser(admin, rep.id()).entries()).noneMatch(EffectiveSetting::own);
    }

    @Test
    void supervisorsDoNotSeeUsersOutsideTheirGroups() throws Exception {
        mvc.perform(get("/settings/users/{id}", otherRep.id()).with(as(supervisor))).andExpect(status().isNotFound());
        mvc.perform(post("/settings/users/{id}/reset", otherRep.id()).param("key", "visitDurationMinutes")
                .with(as(supervisor)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/settings/users/{id}", supervisor.id()).with(as(supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"read-only\"")));
        mvc.perform(get("/settings/users/{id}", "nonsense").with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void theScreensSpeakFrench() throws Exception {
        mvc.perform(get("/settings").param("lang", "fr").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paramètres de l&#39;entreprise")))
                .andExpect(content().string(containsString("Jours travaillés")));
        settings.overrideForUser(admin, rep.id(), Map.of("visitDurationMinutes", "30"), false);
        mvc.perform(get("/settings/users/{id}", rep.id()).header("Accept-Language", "fr").with(as(admin)))
                .andExpect(content().string(containsString("Valeur propre")))
                .andExpect(content().string(containsString("Revenir à la valeur de l&#39;entreprise")));
    }
}
