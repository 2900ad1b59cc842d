package dev.terrain.planner.internal;

import dev.terrain.planner.SolverSettings;

/** One search thread: construction, then annealed ruin and recreate until the stop rule fires. */
final class Worker implements Runnable {

    private static final int SHARE_EVERY = 512;

    final Search search;
    private final StopRule stop;
    private final SharedBest shared;
    private final double startTemperature;
    private final double endTemperature;
    private final boolean alone;
    long iterations;

    Worker(Model m, SolverSettings settings, int index, StopRule stop, SharedBest shared) {
        this.search = new Search(m, settings.seed() + 7919L * index, settings.averageRemoved());
        this.stop = stop;
        this.shared = shared;
        this.alone = settings.threads() == 1;
        search.construct();
        this.startTemperature = settings.startTemperature();
        this.endTemperature = settings.endTemperature();
        shared.offer(search.best, 0);
    }

    @Override
    public void run() {
        double ratio = endTemperature / startTemperature;
        while (true) {
            long now = System.nanoTime();
            if (stop.stop(iterations, now) || shared.targetReached()) {
                break;
            }
            double temperature = startTemperature * Math.pow(ratio, stop.fraction(iterations, now));
            iterations++;
            if (search.step(temperature)) {
                shared.offer(search.best, iterations);
            }
            if (!alone && iterations % SHARE_EVERY == 0) {
                shared.exchange(search);
            }
        }
    }
}
