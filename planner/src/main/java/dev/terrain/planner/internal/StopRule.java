package dev.terrain.planner.internal;

import dev.terrain.planner.SolverSettings;

import java.util.concurrent.atomic.AtomicBoolean;

/** When to stop, and how far along the search is (0..1) for the temperature schedule. */
final class StopRule {

    private final long startNanos;
    private final long limitNanos;
    private final long maxIterations;
    private final AtomicBoolean cancelled;

    StopRule(SolverSettings settings, AtomicBoolean cancelled, long startNanos) {
        this.startNanos = startNanos;
        this.limitNanos = settings.timeLimit() == null ? 0 : Math.max(1, settings.timeLimit().toNanos());
        this.maxIterations = settings.maxIterations();
        this.cancelled = cancelled;
    }

    boolean stop(long iteration, long now) {
        return cancelled.get()
                || (maxIterations > 0 && iteration >= maxIterations)
                || (limitNanos > 0 && now - startNanos >= limitNanos);
    }

    /** Progress through the budget; driven by iterations when an iteration limit is set (deterministic). */
    double fraction(long iteration, long now) {
        if (maxIterations > 0) {
            double byIterations = (double) iteration / maxIterations;
            return limitNanos > 0 ? Math.max(byIterations, (double) (now - startNanos) / limitNanos) : byIterations;
        }
        return Math.min(1, (double) (now - startNanos) / limitNanos);
    }

    long elapsedNanos(long now) {
        return now - startNanos;
    }
}
