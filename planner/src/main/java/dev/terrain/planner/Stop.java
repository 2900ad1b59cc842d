package dev.terrain.planner;

/**
 * A planned visit in a day's route: the drive to it, then arrival, waiting, start and end of service.
 * {@code waiting} is idle time before the start that is not spent on a break.
 */
public record Stop(String visitId, int place, Leg legIn, double arrival, double waiting, double start, double end, double value) {
}
