package dev.terrain.planner;

import java.time.Duration;

/**
 * How long and how the planner searches. It stops at whichever comes first: the time limit, the
 * iteration limit, reaching the target score, or cancellation. With one thread and an iteration limit
 * the plan depends only on the problem and the seed.
 *
 * @param seed          seed of the random choices
 * @param timeLimit     wall-clock budget, or null for none
 * @param maxIterations ruin-and-recreate iterations per thread, or 0 for none
 * @param threads       independent searches that share their best plan now and then
 * @param target        stop as soon as a plan at least this good is found, or null
 * @param averageRemoved how many visits one ruin removes on average; a problem that chooses visits for their value
 *                       starts there and ends the budget at half of it
 * @param startTemperature annealing temperature at the start, relative to the problem's cost scale
 * @param endTemperature   annealing temperature at the end, relative to the problem's cost scale; a problem
 *                         that chooses visits for their value ends at a fifth of it
 */
public record SolverSettings(long seed, Duration timeLimit, long maxIterations, int threads, Score target,
                             double averageRemoved, double startTemperature, double endTemperature) {

    public SolverSettings {
        if (timeLimit == null && maxIterations <= 0) {
            throw new IllegalArgumentException("give a time limit or an iteration limit");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1 but is " + threads);
        }
        if (!(averageRemoved >= 1)) {
            throw new IllegalArgumentException("averageRemoved must be >= 1 but is " + averageRemoved);
        }
        if (!(startTemperature >= endTemperature) || !(endTemperature > 0)) {
            throw new IllegalArgumentException("temperatures must satisfy start >= end > 0");
        }
    }

    /**
     * Temperature at the end of the default schedule: at 0.02 the Solomon R2/RC2 searches (few long routes)
     * settled early, 0.1 keeps them moving (docs/benchmarks.md, Solomon). See {@code Worker} for the
     * problems that choose visits for their value.
     */
    static final double DEFAULT_END_TEMPERATURE = 0.1;

    /** Search for the given time on one thread, seed 0. */
    public static SolverSettings forTime(Duration limit) {
        return new SolverSettings(0, limit, 0, 1, null, 10, 1.0, DEFAULT_END_TEMPERATURE);
    }

    /** Search for the given number of iterations on one thread, seed 0 (deterministic). */
    public static SolverSettings forIterations(long iterations) {
        return new SolverSettings(0, null, iterations, 1, null, 10, 1.0, DEFAULT_END_TEMPERATURE);
    }

    public SolverSettings withSeed(long newSeed) {
        return new SolverSettings(newSeed, timeLimit, maxIterations, threads, target, averageRemoved, startTemperature, endTemperature);
    }

    public SolverSettings withThreads(int newThreads) {
        return new SolverSettings(seed, timeLimit, maxIterations, newThreads, target, averageRemoved, startTemperature, endTemperature);
    }

    public SolverSettings withTarget(Score newTarget) {
        return new SolverSettings(seed, timeLimit, maxIterations, threads, newTarget, averageRemoved, startTemperature, endTemperature);
    }

    public SolverSettings withTimeLimit(Duration newLimit) {
        return new SolverSettings(seed, newLimit, maxIterations, threads, target, averageRemoved, startTemperature, endTemperature);
    }

    public SolverSettings withMaxIterations(long newMax) {
        return new SolverSettings(seed, timeLimit, newMax, threads, target, averageRemoved, startTemperature, endTemperature);
    }

    public SolverSettings withAverageRemoved(double newAverage) {
        return new SolverSettings(seed, timeLimit, maxIterations, threads, target, newAverage, startTemperature, endTemperature);
    }

    public SolverSettings withTemperatures(double start, double end) {
        return new SolverSettings(seed, timeLimit, maxIterations, threads, target, averageRemoved, start, end);
    }
}
