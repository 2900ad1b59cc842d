package dev.terrain.planner;

/** A break as planned: it is taken after {@code afterStops} stops of the day (0 = before the first visit). */
public record TakenBreak(int afterStops, double start, double end) {
}
