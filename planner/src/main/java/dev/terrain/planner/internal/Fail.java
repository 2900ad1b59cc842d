package dev.terrain.planner.internal;

/** Why a route (or an insertion into it) is infeasible, ordered from "far from fitting" to "almost fits". */
final class Fail {

    static final int NONE = 0;
    /** Not allowed on this route at all (closed that day, pinned elsewhere). */
    static final int CLOSED = 1;
    /** A window, the shift end or a break cannot be kept. */
    static final int TIME = 2;
    /** Like TIME, and inserting later in the route cannot help either. */
    static final int TIME_STOP = 3;
    /** The night away is no longer allowed (last visit too close to home). */
    static final int NIGHT = 4;
    /** Working-time or driving-time limit. */
    static final int LIMITS = 5;
    /** Capacity. */
    static final int CAPACITY = 6;
    /** Not a failure: a feasible position exists. */
    static final int FITS = 7;

    private Fail() {
    }
}
