package dev.terrain.planner.internal;

/**
 * Time-window segment concatenation (duration, earliest start, latest start) for routes without time
 * warp. A segment is a run of stops: started at any time in [earliest, latest] it is feasible, and
 * started at earliest it takes its minimal duration (waiting included).
 */
final class Segments {

    private Segments() {
    }

    /** Shift of the second segment's earliest start once the first one is put in front of it. */
    static double duration(double d1, double e1, double l1, double travel, double d2, double e2) {
        double delta = d1 + travel;
        double wait = Math.max(e2 - delta - l1, 0);
        return d1 + travel + d2 + wait;
    }

    static double earliest(double d1, double e1, double l1, double travel, double e2) {
        double delta = d1 + travel;
        double wait = Math.max(e2 - delta - l1, 0);
        return Math.max(e2 - delta, e1) - wait;
    }

    static double latest(double d1, double l1, double travel, double l2) {
        return Math.min(l2 - d1 - travel, l1);
    }

    /** Whether the concatenation keeps every window: the first segment's earliest start reaches the second in time. */
    static boolean feasible(double d1, double e1, double travel, double l2) {
        return e1 + d1 + travel <= l2 + Model.EPS;
    }
}
