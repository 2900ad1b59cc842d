package dev.terrain.planner;

/**
 * The quality of a plan: hard violations (unplanned mandatory visits, broken routes), collected value
 * and cost. Compared lexicographically: fewer hard violations first, then more value, then less cost.
 * (When value is traded against cost, see {@link CostWeights#valueWeight()}, the planner itself
 * optimises {@code cost - valueWeight * value} after the hard violations.)
 */
public record Score(int hardViolations, double value, double cost) implements Comparable<Score> {

    private static final double EPS = 1e-7;

    /** Whether no hard rule is broken. */
    public boolean feasible() {
        return hardViolations == 0;
    }

    /** Lexicographic order, best first: a negative result means this score is better. */
    @Override
    public int compareTo(Score other) {
        if (hardViolations != other.hardViolations) {
            return Integer.compare(hardViolations, other.hardViolations);
        }
        if (Math.abs(value - other.value) > EPS) {
            return value > other.value ? -1 : 1;
        }
        if (Math.abs(cost - other.cost) > EPS) {
            return cost < other.cost ? -1 : 1;
        }
        return 0;
    }

    /** Whether this score is at least as good as the other. */
    public boolean atLeastAsGoodAs(Score other) {
        return compareTo(other) <= 0;
    }
}
