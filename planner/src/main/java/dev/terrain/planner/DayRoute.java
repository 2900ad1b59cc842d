package dev.terrain.planner;

import java.util.List;

/**
 * One resource's route on one day: departure, the ordered stops, the breaks, the drive to the end
 * place (absent when the night is spent away), and the totals.
 */
public record DayRoute(String resourceId, int day, int startPlace, double departure, List<Stop> stops,
                       List<TakenBreak> breaks, Leg returnLeg, double returnTime, OvernightStay overnight,
                       DayTotals totals) {

    public DayRoute {
        stops = List.copyOf(stops);
        breaks = List.copyOf(breaks);
    }

    /** Whether the resource makes no visit this day. */
    public boolean isEmpty() {
        return stops.isEmpty();
    }
}
