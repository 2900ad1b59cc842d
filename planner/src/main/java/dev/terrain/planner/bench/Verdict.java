package dev.terrain.planner.bench;

import java.util.List;

/**
 * What the checker found for a solution: its totals in DIMACS arithmetic and the rules it breaks.
 *
 * @param routes     non-empty routes
 * @param distance   total length with truncated arcs
 * @param score      total score of the customers served (TOPTW; 0 for VRPTW)
 * @param served     customers served
 * @param violations broken rules; empty when the solution is feasible
 */
public record Verdict(int routes, double distance, double score, int served, List<Violation> violations) {

    public Verdict {
        violations = List.copyOf(violations);
    }

    public boolean feasible() {
        return violations.isEmpty();
    }

    /** Whether some violation is of the given type. */
    public boolean breaks(Violation.Type type) {
        return violations.stream().anyMatch(v -> v.type() == type);
    }
}
