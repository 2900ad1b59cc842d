package dev.terrain.planner.internal;

import dev.terrain.planner.Plan;
import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.ProgressListener;
import dev.terrain.planner.SolverSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the search: compiles the problem, builds a greedy plan, improves it by ruin and recreate until
 * a stop rule fires, then writes the plan. Several threads run independent searches that pool their
 * best solution every few hundred iterations.
 */
public final class Engine {

    private Engine() {
    }

    /** Plans from scratch, or from {@code previous} (a plan of this problem as it was, or null). */
    public static Plan run(PlanningProblem problem, Plan previous, SolverSettings settings, ProgressListener listener,
                           AtomicBoolean cancelled) {
        long start = System.nanoTime();
        Model m = ModelCompiler.compile(problem);
        StartingPlan startingPlan = previous == null ? null : StartingPlan.of(m, previous);
        StopRule stop = new StopRule(settings, cancelled, start);
        SharedBest shared = new SharedBest(m, settings, listener, stop);
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < settings.threads(); i++) {
            workers.add(new Worker(m, settings, i, stop, shared, startingPlan));
        }
        if (workers.size() == 1) {
            workers.get(0).run();
        } else {
            List<Thread> threads = new ArrayList<>();
            for (Worker w : workers) {
                Thread t = new Thread(w, "terrain-planner-search");
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                join(t, cancelled);
            }
        }
        Worker winner = workers.get(0);
        for (Worker w : workers) {
            if (w.search.best.betterThan(winner.search.best)) {
                winner = w;
            }
        }
        winner.search.fill();
        long iterations = workers.stream().mapToLong(w -> w.iterations).sum();
        Plan plan = new PlanWriter(m).write(winner.search.best, iterations);
        listener.onProgress(new dev.terrain.planner.Progress(iterations,
                java.time.Duration.ofNanos(stop.elapsedNanos(System.nanoTime())), plan.score()));
        return plan;
    }

    private static void join(Thread t, AtomicBoolean cancelled) {
        try {
            t.join();
        } catch (InterruptedException e) {
            cancelled.set(true);
            Thread.currentThread().interrupt();
        }
    }
}
