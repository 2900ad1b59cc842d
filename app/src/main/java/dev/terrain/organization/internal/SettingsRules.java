package dev.terrain.organization.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.terrain.organization.WorkingSettings;

/**
 * The rules between settings, one method per rule. Each answers the problem it finds, or {@code null}. Every
 * field is already in its own range when these run.
 */
final class SettingsRules {

    private SettingsRules() {
    }

    static List<SettingProblem> check(WorkingSettings s) {
        var problems = new ArrayList<SettingProblem>();
        for (var problem : new SettingProblem[] {
                workdayEndsAfterItStarts(s),
                breakLatestStartIsNotBeforeEarliestStart(s),
                breakIsShorterThanTheWorkday(s),
                breakStartsWithinTheWorkday(s),
                breakEndsWithinTheWorkday(s),
                visitFitsInTheWorkday(s),
                overnightStaysHaveNights(s),
                overnightNightsAreWorkingDays(s),
                overnightMaximumFitsTheNights(s) }) {
            if (problem != null) {
                problems.add(problem);
            }
        }
        return List.copyOf(problems);
    }

    static SettingProblem workdayEndsAfterItStarts(WorkingSettings s) {
        return s.workdayEnd().isAfter(s.workdayStart()) ? null
                : SettingProblem.of("workdayEnd", "settings.error.workdayEndBeforeStart");
    }

    static SettingProblem breakLatestStartIsNotBeforeEarliestStart(WorkingSettings s) {
        var rule = s.breakRule();
        return rule.latestStart().isBefore(rule.earliestStart())
                ? SettingProblem.of("breakLatestStart", "settings.error.breakLatestBeforeEarliest") : null;
    }

    static SettingProblem breakIsShorterThanTheWorkday(WorkingSettings s) {
        if (!s.workdayEnd().isAfter(s.workdayStart())) {
            return null;
        }
        return Duration.ofMinutes(s.breakRule().minutes()).compareTo(s.workdayLength()) >= 0
                ? SettingProblem.of("breakMinutes", "settings.error.breakLongerThanWorkday") : null;
    }

    static SettingProblem breakStartsWithinTheWorkday(WorkingSettings s) {
        var rule = s.breakRule();
        if (rule.minutes() == 0) {
            return null;
        }
        return rule.earliestStart().isBefore(s.workdayStart()) || !rule.earliestStart().isBefore(s.workdayEnd())
                ? SettingProblem.of("breakEarliestStart", "settings.error.breakOutsideWorkday") : null;
    }

    static SettingProblem breakEndsWithinTheWorkday(WorkingSettings s) {
        var rule = s.breakRule();
        if (rule.minutes() == 0 || rule.latestStart().isBefore(rule.earliestStart())) {
            return null;
        }
        var latestEnd = rule.latestStart().toSecondOfDay() / 60 + rule.minutes();
        return latestEnd > s.workdayEnd().toSecondOfDay() / 60
                ? SettingProblem.of("breakLatestStart", "settings.error.breakEndsAfterWorkday") : null;
    }

    static SettingProblem visitFitsInTheWorkday(WorkingSettings s) {
        if (!s.workdayEnd().isAfter(s.workdayStart())) {
            return null;
        }
        var available = s.workdayLength().minusMinutes(s.breakRule().minutes());
        return s.visitDuration().compareTo(available) > 0
                ? SettingProblem.of("visitDurationMinutes", "settings.error.visitLongerThanWorkday") : null;
    }

    static SettingProblem overnightStaysHaveNights(WorkingSettings s) {
        var overnight = s.overnightStays();
        return overnight.allowed() && overnight.days().isEmpty()
                ? SettingProblem.of("overnightDays", "settings.error.overnightWithoutNights") : null;
    }

    static SettingProblem overnightNightsAreWorkingDays(WorkingSettings s) {
        var overnight = s.overnightStays();
        return !overnight.allowed() || s.workingDays().containsAll(overnight.days()) ? null
                : SettingProblem.of("overnightDays", "settings.error.overnightOnDayOff");
    }

    static SettingProblem overnightMaximumFitsTheNights(WorkingSettings s) {
        var overnight = s.overnightStays();
        return overnight.allowed() && overnight.maxNightsPerWeek() > overnight.days().size()
                ? SettingProblem.of("overnightMaxNightsPerWeek", "settings.error.overnightMaxAboveNights",
                        overnight.days().size())
                : null;
    }
}
