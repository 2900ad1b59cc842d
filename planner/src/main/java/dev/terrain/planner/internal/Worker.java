package dev.terrain.planner.internal;

import dev.terrain.planner.SolverSettings;

/** One search thread: construction, then annealed ruin and recreate until the stop rule fires. */
final class Worker implements Runnable {

    private static final int SHARE_EVERY = 512;
    /**
     * Problems that choose visits for their value (TOPTW, the rep's week) end their schedule five times
     * cooler than the settings say: they settle on their best value with a cool end (0.02 with the default
     * settings), while a search for the shortest routes through all visits on few long routes (Solomon
     * R2/RC2) needs the warmer end of the settings (0.1 by default) to keep moving. See docs/benchmarks.md
     * (Solomon).
     */
    static final double VALUE_FIRST_END_SHARE = 0.2;
    /**
     * From this share of the budget on, and then every {@link #RECOMBINE_EVERY} of it, the search recombines the day
     * routes it accepted ({@link Search#recombine}). Starting at 30 % or recombining twice as often gave no more
     * value on the benchmark weeks (docs/benchmarks.md, the rep's week).
     */
    static final double RECOMBINE_FROM = 0.5;
    static final double RECOMBINE_EVERY = 0.05;
    /**
     * Problems that choose visits for their value shrink their ruins along the budget, from the settings'
     * average to this share of it: a smaller ruin is a cheaper step, and the cooling search accepts few of the
     * large ones. On the benchmark weeks a 5 s solve makes about a third more steps; side by side with the engine
     * before, its plans gained 7 to 10 in value, while 60 s solves kept theirs (docs/benchmarks.md, the rep's week).
     */
    static final double VALUE_FIRST_RUIN_END_SHARE = 0.5;

    /**
     * Where the schedule of a re-plan starts (when the settings' start is warmer): below the temperature at which a
     * search settles its nights away (about 0.44 on the benchmark weeks), so that the search keeps the trips of the
     * plan it starts from and improves around them instead of scattering them while warm. On week 3 of the benchmarks,
     * after a cancelled visit, 5 s re-plans started at 0.3 kept 80 % of the visits on their day and earned 8 more than
     * re-plans started at 1.0, which kept 57 % (docs/benchmarks.md, re-plans).
     */
    static final double REPLAN_START_TEMPERATURE = 0.3;

    /**
     * A search of a problem with nights away that chooses visits for their value (the rep's week) begins with this many
     * openings: searches from their own greedy plans and seeds, {@link #OPENING_STEPS} steps each along the start of
     * the schedule; the one with the best plan goes on, its schedule compressed into the rest of the budget. The trips
     * such a search builds in its first few thousand steps decide much of what it ends with, on some weeks more than
     * on others (on week 4 of the benchmarks the best plan after 5,000 steps correlates 0.82 with the final one, on
     * weeks 1 and 3 0.3 and 0.2). Two openings gave week 4's 5 s solves 11 more value and week 3's 10, week 1's
     * about the same; four gave week 4 28 more but cost week 1 about 10 (docs/benchmarks.md, the rep's week). In the
     * official runs the 60 s solves gained more than the 5 s ones; over 16 to 24 pairs per week, the 5 s plans of the
     * seven benchmark weeks are 0.42 to 0.96 % below the 60 s ones. Re-plans do not open: they start from the plan
     * they are given.
     */
    static final int OPENINGS = 2;
    static final int OPENING_STEPS = 5_000;

    Search search;
    private final int index;
    private final boolean opens;
    /** The share of the budget one opening took, and the share all of them took (0 when the search did not open). */
    private double openingShare;
    private double openedAt;
    private final StopRule stop;
    private final SharedBest shared;
    private final double startTemperature;
    private final double endTemperature;
    private final Model m;
    private final SolverSettings settings;
    private final boolean alone;
    long iterations;

    Worker(Model m, SolverSettings settings, int index, StopRule stop, SharedBest shared, StartingPlan start) {
        this.search = new Search(m, settings.seed() + 7919L * index, settings.averageRemoved());
        this.index = index;
        this.opens = start == null && m.choosesByValue() && search.nightsAllowed();
        this.stop = stop;
        this.shared = shared;
        this.alone = settings.threads() == 1;
        search.construct(start);
        this.startTemperature = start == null ? settings.startTemperature()
                : Math.max(endTemperature(m, settings), Math.min(settings.startTemperature(), REPLAN_START_TEMPERATURE));
        this.endTemperature = endTemperature(m, settings);
        this.m = m;
        this.settings = settings;
        shared.offer(search.best, 0);
    }

    /** Where the schedule ends: the settings' end, or a fifth of it when the problem chooses visits for their value. */
    static double endTemperature(Model m, SolverSettings settings) {
        return m.choosesByValue() ? settings.endTemperature() * VALUE_FIRST_END_SHARE : settings.endTemperature();
    }

    /**
     * How many visits a ruin takes on average at this fraction of the budget: the settings' average, or for a
     * problem that chooses visits for their value, that average shrinking evenly to half of it.
     */
    static double averageRemoved(Model m, SolverSettings settings, double fraction) {
        double start = settings.averageRemoved();
        return m.choosesByValue() ? start * (1 - (1 - VALUE_FIRST_RUIN_END_SHARE) * fraction) : start;
    }

    /**
     * Where the schedule stands at this fraction of the budget: the fraction itself, or after openings, the chosen
     * opening's end carried on evenly to the end of the budget.
     */
    double scheduled(double fraction) {
        if (openedAt <= 0 || openedAt >= 1) {
            return fraction;
        }
        return openingShare + (fraction - openedAt) * (1 - openingShare) / (1 - openedAt);
    }

    /** Runs the {@link #OPENINGS} and goes on with the one whose plan is best (the first one on a tie). */
    private void open(double ratio) {
        Search chosen = search;
        for (int k = 0; k < OPENINGS; k++) {
            Search opening = k == 0 ? search : new Search(m, settings.seed() + 7919L * index + 104_729L * k,
                    settings.averageRemoved());
            if (k > 0) {
                opening.construct();
            }
            double from = stop.fraction(iterations, System.nanoTime());
            for (int i = 0; i < OPENING_STEPS; i++) {
                long now = System.nanoTime();
                if (stopping(now)) {
                    break;
                }
                step(opening, ratio, stop.fraction(iterations, now) - from);
            }
            openingShare = Math.max(openingShare, stop.fraction(iterations, System.nanoTime()) - from);
            if (opening.best.betterThan(chosen.best)) {
                chosen = opening;
            }
        }
        search = chosen;
        openedAt = stop.fraction(iterations, System.nanoTime());
        shared.offer(search.best, iterations);
    }

    private boolean stopping(long now) {
        return stop.stop(iterations, now) || shared.targetReached();
    }

    /** One step of {@code s} where the schedule stands, its best offered when the step improved it. */
    private void step(Search s, double ratio, double schedule) {
        iterations++;
        if (s.step(startTemperature * Math.pow(ratio, schedule), averageRemoved(m, settings, schedule))) {
            shared.offer(s.best, iterations);
        }
    }

    @Override
    public void run() {
        double ratio = endTemperature / startTemperature;
        if (opens) {
            open(ratio);
        }
        double nextRecombination = RECOMBINE_FROM;
        while (true) {
            long now = System.nanoTime();
            if (stopping(now)) {
                break;
            }
            double fraction = stop.fraction(iterations, now);
            if (fraction >= nextRecombination) {
                nextRecombination += RECOMBINE_EVERY;
                if (search.recombine()) {
                    shared.offer(search.best, iterations);
                }
            }
            step(search, ratio, scheduled(fraction));
            if (!alone && iterations % SHARE_EVERY == 0) {
                shared.exchange(search);
            }
        }
    }
}
