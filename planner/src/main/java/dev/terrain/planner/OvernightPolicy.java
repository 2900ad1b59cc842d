package dev.terrain.planner;

import java.util.Set;

/**
 * When a resource may end a day with a night away (near its last visit) instead of driving home.
 *
 * @param weekdays             weekdays (0 = Monday .. 6 = Sunday) whose evening may be spent away
 * @param minDistanceFromHome  the last visit must be at least this far from the day's end place
 * @param maxNightsPerWeek     at most this many nights away per week (days 0-6, 7-13, ...)
 */
public record OvernightPolicy(Set<Integer> weekdays, double minDistanceFromHome, int maxNightsPerWeek) {

    public OvernightPolicy {
        weekdays = Set.copyOf(weekdays);
        if (maxNightsPerWeek < 0) {
            throw new IllegalArgumentException("maxNightsPerWeek must be >= 0 but is " + maxNightsPerWeek);
        }
    }

    /** No nights away. */
    public static OvernightPolicy never() {
        return new OvernightPolicy(Set.of(), 0, 0);
    }

    /** Whether a night away may follow the given day. */
    public boolean allowsAfter(int day) {
        return maxNightsPerWeek > 0 && weekdays.contains(day % 7);
    }
}
