package dev.terrain.territory;

/** The result of re-evaluating assignments: territories evaluated, rows added and removed, time taken. */
public record Reevaluation(int territories, long added, long removed, long millis) {
}
