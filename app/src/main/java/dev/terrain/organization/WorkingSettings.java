package dev.terrain.organization;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings in force for the company or for one user (the user's own values, else the company's): working
 * days and hours, the break, visit durations and frequencies per customer category, the overnight-stay policy,
 * the planning horizon, time zone, language and currency. Always valid: {@link SettingsManagement} refuses
 * anything else.
 */
public record WorkingSettings(Set<DayOfWeek> workingDays, LocalTime workdayStart, LocalTime workdayEnd,
        BreakRule breakRule, int visitDurationMinutes, Map<String, Integer> visitFrequencyDays,
        OvernightStays overnightStays, int planningHorizonDays, ZoneId timeZone, Locale locale,
        Currency currency) {

    public WorkingSettings {
        workingDays = inWeekOrder(workingDays);
        visitFrequencyDays = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(visitFrequencyDays));
    }

    static Set<DayOfWeek> inWeekOrder(Set<DayOfWeek> days) {
        var ordered = java.util.EnumSet.noneOf(DayOfWeek.class);
        ordered.addAll(days);
        return java.util.Collections.unmodifiableSet(ordered);
    }

    public Duration workdayLength() {
        return Duration.between(workdayStart, workdayEnd);
    }

    public Duration visitDuration() {
        return Duration.ofMinutes(visitDurationMinutes);
    }

    /** How often (in days) a customer of the category should be visited; empty for an unknown category. */
    public java.util.OptionalInt visitFrequencyDays(String category) {
        var days = visitFrequencyDays.get(category);
        return days == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(days);
    }

    /** A break of {@code minutes} that starts between {@code earliestStart} and {@code latestStart}. */
    public record BreakRule(LocalTime earliestStart, LocalTime latestStart, int minutes) {
    }

    /**
     * Whether a rep may end a day in a hotel instead of driving home: on which nights, from which distance from
     * home, how many nights per week at most, at what cost per night (in the company currency).
     */
    public record OvernightStays(boolean allowed, Set<DayOfWeek> days, int minDistanceKm, int maxNightsPerWeek,
            BigDecimal costPerNight) {

        public OvernightStays {
            days = inWeekOrder(days);
        }
    }
}
