package dev.terrain.planner.internal;

import dev.terrain.planner.Progress;
import dev.terrain.planner.ProgressListener;
import dev.terrain.planner.Score;
import dev.terrain.planner.SolverSettings;

import java.time.Duration;

/** The best solution over all search threads; reports progress when it improves. */
final class SharedBest {

    private final Model m;
    private final Solution best;
    private final ProgressListener listener;
    private final StopRule stop;
    private final Score target;
    private boolean any;
    private volatile boolean targetReached;

    SharedBest(Model m, SolverSettings settings, ProgressListener listener, StopRule stop) {
        this.m = m;
        this.best = new Solution(m);
        this.listener = listener;
        this.stop = stop;
        this.target = settings.target();
    }

    synchronized void offer(Solution s, long iteration) {
        if (any && !s.betterThan(best)) {
            return;
        }
        any = true;
        best.copyFrom(s);
        Score score = score(best);
        if (target != null && score.atLeastAsGoodAs(target)) {
            targetReached = true;
        }
        listener.onProgress(new Progress(iteration, Duration.ofNanos(stop.elapsedNanos(System.nanoTime())), score));
    }

    /** Publishes the search's best and lets it continue from the pooled best when that is better. */
    synchronized void exchange(Search search) {
        offer(search.best, 0);
        if (best.betterThan(search.best)) {
            search.adopt(best);
        }
    }

    boolean targetReached() {
        return targetReached;
    }

    static Score score(Solution s) {
        return new Score(s.hard, s.value, s.cost);
    }
}
