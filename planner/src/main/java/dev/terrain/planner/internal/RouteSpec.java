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
    /** Routes with equal keys behave the same while empty; used to try only one of them. */
    int emptyClass;

    boolean hasBreaks() {
        return breakEarliest.length > 0;
    }
}
