package dev.terrain.planner;

import java.util.List;

/**
 * The planner's answer: every resource's route per working day, the visits left out with reasons,
 * the totals and the score.
 */
public record Plan(List<DayRoute> routes, List<UnplannedVisit> unplanned, DayTotals totals, Score score,
                   long iterations) {

    public Plan {
        routes = List.copyOf(routes);
        unplanned = List.copyOf(unplanned);
    }

    /** The routes that make at least one visit. */
    public List<DayRoute> usedRoutes() {
        return routes.stream().filter(r -> !r.isEmpty()).toList();
    }
}
