package dev.terrain.planner;

import dev.terrain.planner.internal.Engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The tour planner's entry point. {@link #solve} plans on the calling thread; {@link #start} plans in
 * the background and returns a cancellable {@link PlanningJob}.
 */
public final class Planner {

    private Planner() {
    }

    /** Plans and returns the best plan found within the settings' limits. */
    public static Plan solve(PlanningProblem problem, SolverSettings settings) {
        return solve(problem, settings, ProgressListener.none(), new AtomicBoolean());
    }

    /** Plans, reporting progress; setting {@code cancelled} stops the search early with the best plan so far. */
    public static Plan solve(PlanningProblem problem, SolverSettings settings, ProgressListener listener,
                             AtomicBoolean cancelled) {
        return Engine.run(problem, settings, listener, cancelled);
    }

    /** Plans on a background thread. */
    public static PlanningJob start(PlanningProblem problem, SolverSettings settings, ProgressListener listener) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<Plan> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(solve(problem, settings, listener, cancelled));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "terrain-planner");
        worker.setDaemon(true);
        worker.start();
        return new PlanningJob(cancelled, result);
    }
}
