package dev.terrain.planner;

/** A night away at (near) a place, after a day; the next day starts there. */
public record OvernightStay(int place, double cost) {
}
