package dev.terrain.planner.bench;

import dev.terrain.planner.Plan;
import dev.terrain.planner.Planner;
import dev.terrain.planner.Progress;
import dev.terrain.planner.ProgressListener;
import dev.terrain.planner.Score;
import dev.terrain.planner.SolverSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Solves one benchmark instance with the planner and checks the plan independently. */
public final class InstanceRun {

    private static final double SAME = 1e-3;

    private InstanceRun() {
    }

    public static RunResult solve(Instance instance, SolverSettings settings, double bestKnown) {
        long begin = System.nanoTime();
        try {
            BestTracker tracker = new BestTracker();
            Plan plan = Planner.solve(ProblemAdapter.toProblem(instance), settings, tracker, new AtomicBoolean());
            double seconds = (System.nanoTime() - begin) / 1e9;
            Verdict verdict = SolutionChecker.check(instance, ProblemAdapter.routesOf(plan));
            List<String> notes = new ArrayList<>();
            verdict.violations().stream().limit(5).forEach(v -> notes.add(v.toString()));
            if (verdict.violations().size() > 5) {
                notes.add("... " + (verdict.violations().size() - 5) + " more violations");
            }
            if (!plan.score().feasible()) {
                notes.add("planner reports " + plan.score().hardViolations() + " hard violations");
            }
            if (Math.abs(plan.totals().distance() - verdict.distance()) > SAME) {
                notes.add(String.format(java.util.Locale.ROOT, "planner distance %.3f differs from checked %.3f",
                        plan.totals().distance(), verdict.distance()));
            }
            return new RunResult(instance.name(), instance.family(), instance.kind(), instance.vehicles(),
                    verdict.routes(), verdict.distance(), verdict.score(), bestKnown,
                    tracker.secondsToBest(plan.score(), seconds), seconds, plan.iterations(),
                    verdict.feasible(), notes);
        } catch (RuntimeException e) {
            return RunResult.failed(instance, e.getClass().getSimpleName() + ": " + e.getMessage(),
                    (System.nanoTime() - begin) / 1e9);
        }
    }

    /** Remembers when the best score last improved, from the planner's progress reports. */
    static final class BestTracker implements ProgressListener {
        private Score best;
        private double secondsAtBest = Double.NaN;

        @Override
        public void onProgress(Progress progress) {
            if (progress.best() == null) {
                return;
            }
            if (best == null || progress.best().compareTo(best) < 0) {
                best = progress.best();
                secondsAtBest = progress.elapsed().toNanos() / 1e9;
            }
        }

        /**
         * When the final score was first reported; the whole run time when the planner never reported it
         * (its progress reports may be sparser than its improvements).
         */
        double secondsToBest(Score finalScore, double total) {
            if (best == null || finalScore.compareTo(best) < 0) {
                return total;
            }
            return secondsAtBest;
        }
    }
}
