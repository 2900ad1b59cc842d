package dev.terrain.planner;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A planning run in the background. {@link #cancel()} stops it soon; {@link #plan()} waits for the best plan. */
public final class PlanningJob {

    private final AtomicBoolean cancelled;
    private final CompletableFuture<Plan> result;

    PlanningJob(AtomicBoolean cancelled, CompletableFuture<Plan> result) {
        this.cancelled = cancelled;
        this.result = result;
    }

    /** Asks the search to stop; {@link #plan()} then returns the best plan found so far. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Whether the run has finished. */
    public boolean isDone() {
        return result.isDone();
    }

    /** Waits for the run to finish and returns its plan. */
    public Plan plan() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new IllegalStateException("interrupted while waiting for the plan", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("planning failed", e.getCause());
        }
    }
}
