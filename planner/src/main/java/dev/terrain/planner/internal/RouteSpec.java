package dev.terrain.planner.internal;

/** The fixed facts of one resource's working day, compiled to plain fields. */
final class RouteSpec {

    int resource;
    String resourceId;
    int day;
    int dayIndex;
    int startPlace;
    int endPlace;
    double shiftStart;
    double shiftEnd;
    double latestEnd;
    double maxWork;
    double maxDrive;
    double capacity;
    double[] breakEarliest = new double[0];
    double[] breakLatest = new double[0];
    double[] breakDuration = new double[0];
    /** The same resource's route on the following day, or -1. */
    int next = -1;
    /** The same resource's route on the previous day, or -1. */
    int previous = -1;
    boolean nightAllowed;
    double nightMinDistance;
    int maxNightsPerWeek;
    /**
     * Whether no day that keeps the shift's latest end and owes no break can work longer than
     * {@link #maxWork}: then the working-time limit never decides anything on this day.
     */
    boolean workLimitIdle;
    /** Routes with equal keys behave the same while empty; used to try only one of them. */
    int emptyClass;

    boolean hasBreaks() {
        return breakEarliest.length > 0;
    }

    /**
     * The longest working time a feasible day can have: from the shift's start to its latest end, less the
     * breaks that must have been taken by then (a day may end with break j still owed only by its latest start).
     */
    double longestWork() {
        double longest = Double.NEGATIVE_INFINITY;
        double taken = 0;
        for (int j = 0; j <= breakEarliest.length; j++) {
            double end = j == breakEarliest.length ? latestEnd : Math.min(latestEnd, breakLatest[j]);
            longest = Math.max(longest, end - shiftStart - taken);
            taken += j < breakEarliest.length ? breakDuration[j] : 0;
        }
        return longest;
    }
}
