package dev.terrain.customer;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * How a customer wants to be visited. {@code frequencyDays} and {@code durationMinutes} are the customer's own
 * values (null: the company's default for the category); {@code effectiveFrequencyDays} and
 * {@code effectiveDurationMinutes} are the values in force. Priority runs from 1 (highest) to 5.
 */
public record VisitPolicy(Integer frequencyDays, Integer durationMinutes, int effectiveFrequencyDays,
        int effectiveDurationMinutes, int priority, Set<DayOfWeek> preferredDays, boolean doNotPlan,
        List<OpeningInterval> openingHours, List<ClosingPeriod> closingDays) {

    public VisitPolicy {
        preferredDays = preferredDays == null ? Set.of() : Set.copyOf(preferredDays);
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
        closingDays = closingDays == null ? List.of() : List.copyOf(closingDays);
    }

    /** The opening intervals of one weekday, in time order. */
    public List<OpeningInterval> openingHoursOn(DayOfWeek day) {
        return openingHours.stream().filter(i -> i.day() == day).toList();
    }
}
