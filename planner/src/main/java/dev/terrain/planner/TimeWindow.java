package dev.terrain.planner;

/** An interval {@code [start, end]} of time within a day (seconds since midnight, or the problem's unit). */
public record TimeWindow(double start, double end) {

    public TimeWindow {
        if (!(start <= end)) {
            throw new IllegalArgumentException("time window start " + start + " is after its end " + end);
        }
    }

    /** A window without bounds. */
    public static TimeWindow always() {
        return new TimeWindow(-1e15, 1e15);
    }
}
