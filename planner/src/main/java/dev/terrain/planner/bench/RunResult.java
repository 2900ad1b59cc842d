package dev.terrain.planner.bench;

import java.util.List;

/**
 * The outcome of solving one benchmark instance, as checked by {@link SolutionChecker}.
 *
 * @param instance      instance name
 * @param family        Solomon class (C1, C2, R1, R2, RC1, RC2)
 * @param kind          VRPTW or TOPTW
 * @param routeLimit    K for VRPTW, m for TOPTW
 * @param routes        non-empty routes in the plan
 * @param distance      total distance in DIMACS arithmetic
 * @param score         collected score (TOPTW)
 * @param bestKnown     best-known value to compare with, or NaN when none is stored
 * @param secondsToBest time at which the search found the plan it returned
 * @param seconds       time the solve took
 * @param iterations    search iterations reported by the planner
 * @param feasible      whether the checker accepts the plan
 * @param notes         violations, disagreements with the planner's own totals, or the error
 */
public record RunResult(String instance, String family, Instance.Kind kind, int routeLimit, int routes,
                        double distance, double score, double bestKnown, double secondsToBest, double seconds,
                        long iterations, boolean feasible, List<String> notes) {

    public RunResult {
        notes = List.copyOf(notes);
    }

    /** A run that failed before producing a plan. */
    public static RunResult failed(Instance instance, String error, double seconds) {
        return new RunResult(instance.name(), instance.family(), instance.kind(), instance.vehicles(), 0,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, seconds, 0, false, List.of(error));
    }

    /**
     * Percentage above the best-known distance (VRPTW) or below the best-known score (TOPTW); positive is
     * worse, NaN when there is no best-known value or no plan.
     */
    public double gapPercent() {
        if (Double.isNaN(bestKnown) || bestKnown == 0) {
            return Double.NaN;
        }
        return kind == Instance.Kind.VRPTW
                ? 100 * (distance - bestKnown) / bestKnown
                : 100 * (bestKnown - score) / bestKnown;
    }

    /** The group the summary tables use: the class, and for TOPTW also the number of paths. */
    public String group() {
        return kind == Instance.Kind.TOPTW ? family + " m=" + routeLimit : family;
    }
}
