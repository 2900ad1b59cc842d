package dev.terrain.planner;

/**
 * Travel between places, addressed by index {@code 0..size()-1}. Times are in seconds (or in the
 * problem's own time unit), distances in metres (or the problem's own distance unit). Values may be
 * fractional and the model may be asymmetric.
 */
public interface TravelModel {

    /** Number of places this model knows. */
    int size();

    /** Travel time from one place to another. */
    double time(int from, int to);

    /** Travel distance from one place to another. */
    double distance(int from, int to);
}
