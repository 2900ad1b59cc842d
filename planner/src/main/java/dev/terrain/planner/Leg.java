package dev.terrain.planner;

/** A drive between two places. */
public record Leg(int fromPlace, int toPlace, double time, double distance) {
}
