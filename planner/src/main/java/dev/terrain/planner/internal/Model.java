package dev.terrain.planner.internal;

/**
 * A planning problem compiled to primitive arrays for the search. Places are renumbered to the
 * ones actually used; visits are numbered 0..n-1 in problem order; routes are resource days.
 */
final class Model {

    static final double EPS = 1e-6;
    static final double CLOSED = Double.POSITIVE_INFINITY;

    int visits;
    int places;
    /** The problem's place index of each compact place. */
    int[] originalPlace;
    /** time, distance and weighted cost of the arc from place a to place b at a * places + b. */
    double[] time;
    double[] dist;
    double[] arcCost;
    /** The same time and cost by destination (the arc from a to b at b * places + a), for scanning the arcs into one place. */
    double[] timeIn;
    double[] costIn;
    /**
     * By place: the shortest time from any other place to it and from it to any other place; 0 when
     * several visits, or a visit and a route's start or end, share the place (see {@link Route#mayTake}).
     */
    double[] nearIn;
    double[] nearOut;

    int[] place;
    double[] service;
    double[] value;
    double[] demand;
    boolean[] mandatory;
    /** Index of the resource a pin demands, or -1. */
    int[] pinnedResource;
    String[] visitId;

    /** Single window per day index and visit; windowStart = CLOSED when the visit cannot happen that day. */
    double[][] windowStart;
    double[][] windowEnd;
    /** Several windows as (start, end) pairs, or null when there is at most one. */
    double[][][] windows;

    RouteSpec[] routes;
    int[] dayOfIndex;

    double nightCost;
    double overtimeCost;
    /** Cost units one unit of value is worth. */
    double valueWeight;
    /** Cost units one unplanned mandatory visit is worth. */
    double hardWeight;
    boolean lexicographic;

    /**
     * {@link #allowed} of visit v and route r at {@code v * routes.length + r}: the search asks it for every route
     * and position it tries, so it is one array read.
     */
    boolean[] allowedOn;

    /** Other visits by increasing distance. */
    int[][] neighbours;

    /** Numbers every route content the search builds, across threads (see {@link Route#version}). */
    private final java.util.concurrent.atomic.AtomicLong versions = new java.util.concurrent.atomic.AtomicLong();

    long nextVersion() {
        return versions.incrementAndGet();
    }

    double time(int a, int b) {
        return time[a * places + b];
    }

    double dist(int a, int b) {
        return dist[a * places + b];
    }

    double cost(int a, int b) {
        return arcCost[a * places + b];
    }

    /** time(a, b), read from the row of b. */
    double timeIn(int b, int a) {
        return timeIn[b * places + a];
    }

    /** cost(a, b), read from the row of b. */
    double costIn(int b, int a) {
        return costIn[b * places + a];
    }

    /** Whether the search chooses visits for their value: value comes first and some optional visit has one. */
    boolean choosesByValue() {
        for (int v = 0; v < visits && lexicographic; v++) {
            if (!mandatory[v] && value[v] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether visit v may go on route r: the visit is open that day and not pinned to another resource. */
    boolean allowed(int v, int r) {
        return allowedOn[v * routes.length + r];
    }

    boolean multiWindow(int v, int dayIndex) {
        return windows[dayIndex][v] != null;
    }
}
