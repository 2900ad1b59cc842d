package dev.terrain.planner;

import java.time.Duration;

/** A progress report: the best score so far, after this many iterations and this much time. */
public record Progress(long iteration, Duration elapsed, Score best) {
}
