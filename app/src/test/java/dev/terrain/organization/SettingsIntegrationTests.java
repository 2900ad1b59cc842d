package dev.terrain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Map;

import dev.terrain.platform.InvalidInputException;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.platform.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Company defaults, users' own values and resets through {@link SettingsManagement} on the real database. */
@SpringBootTest
@AutoConfigureMockMvc
class SettingsIntegrationTests {

    @Autowired
    SettingsManagement settings;

    @Autowired
    JdbcClient jdbc;

    SettingsTestData data;
    CurrentUser admin;
    CurrentUser rep;

    @BeforeEach
    void setUp() {
        data = new SettingsTestData(jdbc);
        data.startFromDefaults();
        admin = data.user(Role.ADMIN);
        rep = data.user(Role.REP);
        SettingsTestData.signIn(admin);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String lastSummary(String entityId) {
        return jdbc.sql("select summary from audit_log where entity = 'setting' and entity_id = :id order by id desc limit 1")
                .param("id", entityId).query(String.class).optional().orElse(null);
    }

    private long auditCount(String entityId) {
        return jdbc.sql("select count(*) from audit_log where entity = 'setting' and entity_id = :id")
                .param("id", entityId).query(Long.class).single();
    }

    @Test
    void aCompanyStartsWithTheDefaults() {
        var company = settings.company();
        assertThat(company.visitDurationMinutes()).isEqualTo(45);
        assertThat(company.visitFrequencyDays()).containsOnlyKeys("A", "B", "C");
        assertThat(settings.effectiveFor(rep.id())).isEqualTo(company);
    }

    @Test
    void anAdminChangesCompanySettingsAndTheChangeIsAudited() {
        var before = auditCount("company");
        settings.updateCompany(admin, Map.of("visitDurationMinutes", "60", "currency", "chf"));

        assertThat(settings.company().visitDurationMinutes()).isEqualTo(60);
        assertThat(settings.company().currency().getCurrencyCode()).isEqualTo("CHF");
        assertThat(auditCount("company")).isEqualTo(before + 1);
        assertThat(lastSummary("company")).contains("visitDurationMinutes: 45 -> 60").contains("currency: EUR -> CHF");
        assertThat(jdbc.sql("select actor_name from audit_log order by id desc limit 1").query(String.class).single())
                .isEqualTo(admin.email());
    }

    @Test
    void savingUnchangedValuesWritesNoAuditEntry() {
        var before = auditCount("company");
        settings.updateCompany(admin, Map.of("visitDurationMinutes", "45"));
        assertThat(auditCount("company")).isEqualTo(before);
    }

    @Test
    void onlyAdminsChangeCompanySettings() {
        for (var role : new Role[] { Role.SUPERVISOR, Role.REP }) {
            var someone = data.user(role);
            assertThatThrownBy(() -> settings.updateCompany(someone, Map.of("visitDurationMinutes", "60")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(settings.company().visitDurationMinutes()).isEqualTo(45);
    }

    @Test
    void nothingIsWrittenWhenOneFieldIsInvalid() {
        var before = auditCount("company");
        assertThatThrownBy(() -> settings.updateCompany(admin, Map.of("visitDurationMinutes", "60",
                "timeZone", "Nowhere/Land", "workdayEnd", "07:00")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("timeZone"));
        assertThat(settings.company().visitDurationMinutes()).isEqualTo(45);
        assertThat(auditCount("company")).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from settings").query(Long.class).single()).isZero();
    }

    @Test
    void unknownSettingsAreRefusedByName() {
        assertThatThrownBy(() -> settings.updateCompany(admin, Map.of("coffeeBreaks", "3")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("coffeeBreaks"));
    }

    @Test
    void aUserFollowsTheCompanyUntilTheyHaveTheirOwnValue() {
        var supervisor = data.user(Role.SUPERVISOR);
        data.group(supervisor, rep);

        var own = settings.overrideForUser(supervisor, rep.id(), Map.of("visitDurationMinutes", "30"), false);
        assertThat(own.effective().visitDurationMinutes()).isEqualTo(30);
        assertThat(entry(own, "visitDurationMinutes").source()).isEqualTo(SettingSource.USER);
        assertThat(entry(own, "workdayStart").source()).isEqualTo(SettingSource.COMPANY);
        assertThat(lastSummary(rep.id().toString()))
                .isEqualTo("visitDurationMinutes: 45 -> 30 (user " + rep.email() + ")");

        settings.updateCompany(admin, Map.of("visitDurationMinutes", "50", "workdayStart", "07:30"));
        var effective = settings.effectiveFor(rep.id());
        assertThat(effective.visitDurationMinutes()).isEqualTo(30);
        assertThat(effective.workdayStart()).isEqualTo(LocalTime.of(7, 30));

        var reset = settings.resetForUser(supervisor, rep.id(), "visitDurationMinutes");
        assertThat(reset.effective().visitDurationMinutes()).isEqualTo(50);
        assertThat(entry(reset, "visitDurationMinutes").source()).isEqualTo(SettingSource.COMPANY);
        assertThat(lastSummary(rep.id().toString())).contains("visitDurationMinutes: 30 -> 50 (company default)");
    }

    @Test
    void aUserMayHaveTheirOwnFrequencyForACategory() {
        var own = settings.overrideForUser(admin, rep.id(), Map.of("visitFrequencyDays.b", "21"), false);
        assertThat(own.effective().visitFrequencyDays()).containsEntry("B", 21).containsEntry("A", 28);
        assertThat(entry(own, "visitFrequencyDays.B").own()).isTrue();
    }

    @Test
    void aUserCannotInventACategory() {
        assertThatThrownBy(() -> settings.overrideForUser(admin, rep.id(), Map.of("visitFrequencyDays.Z", "21"), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("visitFrequencyDays.Z"));
    }

    @Test
    void aUsersOwnValuesAreCheckedWithTheCompanyValuesTheyKeep() {
        assertThatThrownBy(() -> settings.overrideForUser(admin, rep.id(), Map.of("workdayEnd", "12:30"), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("breakLatestStart"));
        assertThat(settings.forUser(admin, rep.id()).entries()).noneMatch(EffectiveSetting::own);
    }

    @Test
    void aCompanyChangeThatWouldBreakAUsersSettingsIsRefused() {
        settings.overrideForUser(admin, rep.id(), Map.of("workdayEnd", "15:00"), false);
        assertThatThrownBy(() -> settings.updateCompany(admin, Map.of("breakLatestStart", "14:30")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo("breakLatestStart");
                            assertThat(p.message()).contains(rep.email());
                        }));
        assertThat(settings.company().breakRule().latestStart()).isEqualTo(LocalTime.of(13, 30));
    }

    @Test
    void aResetThatWouldBreakTheRulesIsRefused() {
        settings.overrideForUser(admin, rep.id(), Map.of("workdayStart", "06:00", "breakEarliestStart", "06:30",
                "breakLatestStart", "07:00", "workdayEnd", "11:00"), false);
        assertThatThrownBy(() -> settings.resetForUser(admin, rep.id(), "breakLatestStart"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsOnly("breakLatestStart"));
        assertThat(entry(settings.forUser(admin, rep.id()), "breakLatestStart").own()).isTrue();
    }

    @Test
    void removingACategoryRemovesUsersOwnFrequenciesForIt() {
        settings.updateCompany(admin, Map.of("visitFrequencyDays.KEY", "14"));
        settings.overrideForUser(admin, rep.id(), Map.of("visitFrequencyDays.KEY", "10"), false);
        assertThat(settings.effectiveFor(rep.id()).visitFrequencyDays()).containsEntry("KEY", 10);

        settings.updateCompany(admin, Map.of("visitFrequencyDays.KEY", ""));
        assertThat(settings.company().visitFrequencyDays()).containsOnlyKeys("A", "B", "C");
        assertThat(settings.forUser(admin, rep.id()).entries()).noneMatch(e -> e.key().endsWith(".KEY"));
        assertThat(jdbc.sql("select count(*) from settings where key = 'visitFrequencyDays.KEY'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFormThatSendsEveryFieldOnlyOverridesWhatChanged() {
        var texts = new java.util.LinkedHashMap<String, String>();
        settings.forUser(admin, rep.id()).entries().forEach(e -> texts.put(e.key(), e.value()));
        texts.put("planningHorizonDays", "14");
        var own = settings.overrideForUser(admin, rep.id(), texts, true);
        assertThat(own.entries()).filteredOn(EffectiveSetting::own).extracting(EffectiveSetting::key)
                .containsExactly("planningHorizonDays");
    }

    @Test
    void whoSeesAndChangesWhoseSettings() {
        var supervisor = data.user(Role.SUPERVISOR);
        var otherSupervisor = data.user(Role.SUPERVISOR);
        var otherRep = data.user(Role.REP);
        data.group(supervisor, rep);
        data.group(otherSupervisor, otherRep);

        assertThat(settings.forUser(admin, rep.id()).changeable()).isTrue();
        assertThat(settings.forUser(supervisor, rep.id()).changeable()).isTrue();
        assertThat(settings.forUser(supervisor, supervisor.id()).changeable()).isFalse();
        assertThat(settings.forUser(rep, rep.id()).changeable()).isFalse();
        assertThatThrownBy(() -> settings.forUser(supervisor, otherRep.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> settings.forUser(rep, otherRep.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> settings.forUser(admin, UserId.random())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> settings.overrideForUser(rep, rep.id(), Map.of("visitDurationMinutes", "30"), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.overrideForUser(supervisor, otherRep.id(), Map.of("visitDurationMinutes", "30"),
                false)).isInstanceOf(NotFoundException.class);
    }

    private static EffectiveSetting entry(UserSettings settings, String key) {
        return settings.entries().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    }
}
