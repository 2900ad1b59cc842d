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
        required(problem, settings, listener, cancelled);
        return Engine.run(problem, null, settings, listener, cancelled);
    }

    /**
     * Plans again, starting from a previous plan of the problem as it was before a change (a customer cancelled,
     * an appointment was added, a day got shorter). The previous plan's days keep their visits, in their order, and
     * their nights away wherever these still fit; a day that no longer fits drops its last visits. The search then
     * improves from there on a cooler schedule (it starts at no more than 0.3), so that it keeps the trips the
     * previous search found and rearranges around them. Visits, resources or days of the previous plan the problem
     * no longer has are ignored.
     */
    public static Plan replan(PlanningProblem problem, Plan previous, SolverSettings settings) {
        return replan(problem, previous, settings, ProgressListener.none(), new AtomicBoolean());
    }

    /** {@link #replan(PlanningProblem, Plan, SolverSettings)}, reporting progress and cancellable like {@link #solve}. */
    public static Plan replan(PlanningProblem problem, Plan previous, SolverSettings settings, ProgressListener listener,
                              AtomicBoolean cancelled) {
        if (previous == null) {
            throw new IllegalArgumentException("previous plan must not be null");
        }
        required(problem, settings, listener, cancelled);
        return Engine.run(problem, previous, settings, listener, cancelled);
    }

    /** Refuses a missing argument by name, before any work starts. */
    private static void required(PlanningProblem problem, SolverSettings settings, ProgressListener listener,
                                 AtomicBoolean cancelled) {
        String missing = problem == null ? "problem" : settings == null ? "settings"
                : listener == null ? "listener" : cancelled == null ? "cancelled" : null;
        if (missing != null) {
            throw new IllegalArgumentException(missing + " must not be null");
        }
    }

    /** Plans on a background thread. */
    public static PlanningJob start(PlanningProblem problem, SolverSettings settings, ProgressListener listener) {
        AtomicBoolean cancelled = new AtomicBoolean();
        required(problem, settings, listener, cancelled);
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
