package dev.terrain.planner;

/** A visit left out of the plan and why. */
public record UnplannedVisit(String visitId, boolean mandatory, UnplannedReason reason) {
}
