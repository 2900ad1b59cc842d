package dev.terrain.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.terrain.organization.internal.SettingProblem;
import dev.terrain.organization.internal.SettingTexts;
import dev.terrain.organization.internal.SettingsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule for settings, on the company defaults with one or two values changed. */
class SettingsRulesTest {

    private static SettingsReader.Reading read(Map<String, String> changes) {
        return SettingsReader.read(SettingTexts.company(changes));
    }

    private static List<String> failingFields(Map<String, String> changes) {
        return read(changes).problems().stream().map(SettingProblem::field).toList();
    }

    private static List<String> codes(Map<String, String> changes) {
        return read(changes).problems().stream().map(SettingProblem::code).toList();
    }

    @Test
    void theDefaultsAreValid() {
        var reading = read(Map.of());
        assertThat(reading.problems()).isEmpty();
        var settings = reading.settings();
        assertThat(settings.workingDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(settings.workdayStart()).isEqualTo(LocalTime.of(8, 0));
        assertThat(settings.visitFrequencyDays()).containsOnlyKeys("A", "B", "C");
        assertThat(settings.visitFrequencyDays("A")).hasValue(28);
        assertThat(settings.currency().getCurrencyCode()).isEqualTo("EUR");
    }

    @ParameterizedTest(name = "{0} = \"{1}\" fails on {2}")
    @CsvSource(delimiter = '|', value = {
            "visitDurationMinutes | 4 | settings.error.range",
            "visitDurationMinutes | 481 | settings.error.range",
            "visitDurationMinutes | forty | settings.error.wholeNumber",
            "visitDurationMinutes | '' | settings.error.required",
            "visitFrequencyDays.A | 6 | settings.error.range",
            "visitFrequencyDays.A | 731 | settings.error.range",
            "overnightMaxNightsPerWeek | 8 | settings.error.range",
            "overnightMaxNightsPerWeek | -1 | settings.error.range",
            "breakMinutes | 241 | settings.error.range",
            "planningHorizonDays | 0 | settings.error.range",
            "planningHorizonDays | 85 | settings.error.range",
            "overnightMinDistanceKm | 2001 | settings.error.range",
            "overnightCostPerNight | 10000.01 | settings.error.range",
            "overnightCostPerNight | 12.345 | settings.error.decimal",
            "overnightCostPerNight | cheap | settings.error.decimal",
            "workdayStart | 25:00 | settings.error.time",
            "workdayStart | noon | settings.error.time",
            "workingDays | '' | settings.error.atLeastOneDay",
            "workingDays | MONDAY,FUNDAY | settings.error.day",
            "timeZone | Mars/Olympus | settings.error.timeZone",
            "timeZone | +02:00 | settings.error.timeZone",
            "locale | de | settings.error.locale",
            "currency | XYZ | settings.error.currency",
            "currency | EURO | settings.error.currency",
            "overnightAllowed | maybe | settings.error.boolean" })
    void aFieldOutOfItsRangeOrFormatIsNamed(String field, String value, String code) {
        var reading = read(Map.of(field, value));
        assertThat(reading.problems()).extracting(SettingProblem::field, SettingProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(field, code));
        assertThat(reading.settings()).isNull();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is accepted")
    @CsvSource(delimiter = '|', value = {
            "visitDurationMinutes | 5", "visitDurationMinutes | 480", "visitFrequencyDays.A | 7",
            "visitFrequencyDays.A | 730", "overnightMaxNightsPerWeek | 0", "breakMinutes | 0",
            "timeZone | America/New_York", "currency | chf", "locale | FR", "workdayStart | 7:30" })
    void boundariesAndLenientSpellingsAreAccepted(String field, String value) {
        assertThat(read(Map.of(field, value)).problems()).isEmpty();
    }

    @Test
    void valuesAreReadIntoTheirCanonicalText() {
        var reading = read(Map.of("workingDays", "fri, mon tue", "workdayStart", "7:30", "currency", "chf",
                "overnightCostPerNight", "80,5"));
        assertThat(reading.canonical()).containsEntry("workingDays", "MONDAY,TUESDAY,FRIDAY")
                .containsEntry("workdayStart", "07:30").containsEntry("currency", "CHF")
                .containsEntry("overnightCostPerNight", "80.50");
    }

    @Test
    void theWorkdayMustEndAfterItStarts() {
        assertThat(failingFields(Map.of("workdayStart", "17:00", "workdayEnd", "08:00"))).contains("workdayEnd");
        assertThat(codes(Map.of("workdayStart", "09:00", "workdayEnd", "09:00")))
                .contains("settings.error.workdayEndBeforeStart");
    }

    @Test
    void theLatestBreakStartCannotPrecedeTheEarliest() {
        assertThat(codes(Map.of("breakEarliestStart", "13:00", "breakLatestStart", "12:00")))
                .containsExactly("settings.error.breakLatestBeforeEarliest");
    }

    @Test
    void aBreakLongerThanTheWorkingDayIsRefused() {
        var changes = Map.of("workdayStart", "08:00", "workdayEnd", "10:00", "breakEarliestStart", "08:00",
                "breakLatestStart", "08:00", "breakMinutes", "150", "visitDurationMinutes", "5");
        assertThat(read(changes).problems()).extracting(SettingProblem::field, SettingProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("breakMinutes", "settings.error.breakLongerThanWorkday"));
    }

    @Test
    void theBreakStartsWithinTheWorkingDay() {
        assertThat(codes(Map.of("breakEarliestStart", "07:00"))).containsExactly("settings.error.breakOutsideWorkday");
    }

    @Test
    void theLatestBreakEndsWithinTheWorkingDay() {
        assertThat(codes(Map.of("workdayEnd", "13:45"))).containsExactly("settings.error.breakEndsAfterWorkday");
    }

    @Test
    void noBreakNeedsNoWindowInsideTheDay() {
        assertThat(read(Map.of("breakMinutes", "0", "breakEarliestStart", "06:00")).problems()).isEmpty();
    }

    @Test
    void aVisitCannotLastLongerThanTheWorkingDayMinusTheBreak() {
        assertThat(codes(Map.of("visitDurationMinutes", "480", "workdayEnd", "16:00"))).containsExactly("settings.error.visitLongerThanWorkday");
        assertThat(codes(Map.of("visitDurationMinutes", "495"))).containsExactly("settings.error.range");
    }

    @Test
    void allowedOvernightStaysNeedNights() {
        assertThat(codes(Map.of("overnightAllowed", "true", "overnightDays", "", "overnightMaxNightsPerWeek", "0")))
                .containsExactly("settings.error.overnightWithoutNights");
        assertThat(read(Map.of("overnightAllowed", "false", "overnightDays", "")).problems()).isEmpty();
    }

    @Test
    void overnightStaysFollowWorkingDaysOnly() {
        assertThat(codes(Map.of("overnightAllowed", "true", "overnightDays", "SATURDAY", "overnightMaxNightsPerWeek", "1")))
                .containsExactly("settings.error.overnightOnDayOff");
    }

    @Test
    void theMaximumNightsCannotExceedTheNightsChosen() {
        assertThat(failingFields(Map.of("overnightAllowed", "true", "overnightDays", "MONDAY,TUESDAY",
                "overnightMaxNightsPerWeek", "3"))).containsExactly("overnightMaxNightsPerWeek");
    }

    @Test
    void categoriesHaveCodesAndAtLeastOneMustRemain() {
        assertThat(failingFields(Map.of("visitFrequencyDays.A B", "30"))).containsExactly("visitFrequencyDays.A B");
        var none = new HashMap<>(SettingTexts.company(Map.of()));
        none.keySet().removeIf(SettingTexts::isCategory);
        assertThat(SettingsReader.read(none).problems()).extracting(SettingProblem::code)
                .containsExactly("settings.error.noCategories");
    }

    @Test
    void aCompanyMayDefineItsOwnCategories() {
        var reading = read(Map.of("visitFrequencyDays.KEY", "14", "visitFrequencyDays.D", "180"));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.settings().visitFrequencyDays()).containsEntry("KEY", 14).containsEntry("D", 180);
    }

    @Test
    void atMostTwentyCategories() {
        var many = new HashMap<String, String>();
        for (int i = 0; i < 21; i++) {
            many.put("visitFrequencyDays.K" + i, "30");
        }
        assertThat(codes(many)).contains("settings.error.tooManyCategories");
    }
}
