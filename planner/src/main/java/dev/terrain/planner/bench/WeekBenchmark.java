package dev.terrain.planner.bench;

import dev.terrain.planner.Plan;
import dev.terrain.planner.Planner;
import dev.terrain.planner.Progress;
import dev.terrain.planner.ProgressListener;
import dev.terrain.planner.SolverSettings;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The everyday benchmark: the rep's generated week solved for 5 s and for the long limit (60 s by
 * default). It reports how soon the first feasible plan appears (goal: under 1 s), value and cost of
 * both runs, and how close the short run comes to the long one (goal: within 1 % on value, then cost).
 *
 * <p>The search is randomised, so "the value reached in 60 s" is a distribution: plans of one week solved
 * for 60 s with different seeds differ by 1.5 to 2.7 % (docs/benchmarks.md). The goal is therefore judged
 * over solver seeds ({@code --runs}): the mean value of the short plans within 1 % of the mean value of the
 * long ones. Each pair is reported as well, judged value first, then cost ({@link #met}).
 */
final class WeekBenchmark {

    static final double SHORT_SECONDS = 5;
    private static final double GOAL_PERCENT = 1.0;
    /** Values closer than this (relative) count as equal, so that cost decides. */
    private static final double VALUE_TOLERANCE = 1e-9;

    private WeekBenchmark() {
    }

    /** The measurements of one solve of the week. */
    record WeekRun(double limitSeconds, String note, double secondsToFeasible, Plan plan, List<String> violations,
                   double seconds) {

        String label() {
            return String.format(Locale.ROOT, "%.0f s%s", limitSeconds, note.isEmpty() ? "" : " (" + note + ")");
        }

        double value() {
            return plan.score().value();
        }

        double cost() {
            return plan.score().cost();
        }
    }

    /**
     * Solves the week three times: the short limit in a fresh JVM (what a first request sees), the long
     * limit, and the short limit again once the JIT has warmed up. The 5 s/60 s comparison uses the warm
     * short run, as a running application would.
     */
    static void run(BenchmarkOptions options, PrintStream out) {
        RepWeekFixture week = RepWeekFixture.create(options.seed());
        if (options.iterations() > 0) {
            runIterations(week, options, out);
            return;
        }
        if (options.runs() > 1) {
            runSeeds(week, options, out);
            return;
        }
        double shortLimit = Math.min(SHORT_SECONDS, options.seconds());
        WeekRun cold = solve(week, options, options.seed(), shortLimit, "cold JVM");
        out.println(done(cold));
        WeekRun full = solve(week, options, options.seed(), options.seconds(), "");
        out.println(done(full));
        WeekRun warm = solve(week, options, options.seed(), shortLimit, "warm JVM");
        out.println(done(warm));
        out.println();
        out.print(table(List.of(cold, full, warm)));
        out.println();
        out.println("- " + comparison(warm, full));
        out.println(String.format(Locale.ROOT, "- first feasible plan: %s s cold, %s s warm (goal < 1 s): %s",
                ResultTables.num(cold.secondsToFeasible(), 2), ResultTables.num(warm.secondsToFeasible(), 2),
                cold.secondsToFeasible() < 1 && warm.secondsToFeasible() < 1 ? "met" : "NOT met"));
        for (WeekRun r : List.of(cold, full, warm)) {
            r.violations().stream().limit(10).forEach(v -> out.println("- violation (" + r.label() + " run): " + v));
        }
    }

    /**
     * With {@code --runs N}: the week solved with solver seeds 1 to N, each for the short and the long limit
     * (after one warm-up solve), so that the comparison rests on more than one draw of each. Reports every
     * pair, the gap between the mean values (the goal), how many pairs are within 1 %, and how far apart the
     * long plans are among themselves: the yardstick a single comparison is measured against.
     */
    private static void runSeeds(RepWeekFixture week, BenchmarkOptions options, PrintStream out) {
        double shortLimit = Math.min(SHORT_SECONDS, options.seconds());
        out.println(done(solve(week, options, 0, shortLimit, "warm-up")));
        out.println();
        out.println("| solver seed | short: iterations, value, cost, nights | long: iterations, value, cost, nights | value gap | cost gap | goal |");
        out.println("|--:|---|---|--:|--:|---|");
        int runs = options.runs();
        double[] shortValues = new double[runs];
        double[] longValues = new double[runs];
        Plan[] shortPlans = new Plan[runs];
        Plan[] longPlans = new Plan[runs];
        int met = 0;
        for (int i = 0; i < runs; i++) {
            WeekRun quick = solve(week, options, i + 1, shortLimit, "");
            WeekRun full = solve(week, options, i + 1, options.seconds(), "");
            shortValues[i] = quick.value();
            longValues[i] = full.value();
            shortPlans[i] = quick.plan();
            longPlans[i] = full.plan();
            boolean pairMet = met(quick, full);
            met += pairMet ? 1 : 0;
            out.println(String.format(Locale.ROOT, "| %d | %s | %s | %.2f %% | %.2f %% | %s%s |", i + 1, brief(quick),
                    brief(full), valueGap(quick, full), costGap(quick, full), pairMet ? "met" : "NOT met",
                    quick.violations().isEmpty() && full.violations().isEmpty() ? "" : " (violations)"));
        }
        double shortMean = mean(shortValues);
        double longMean = mean(longValues);
        out.println();
        out.println(String.format(Locale.ROOT,
                "- mean value: %.1f in %s s, %.1f in %s s (standard errors %.1f and %.1f); the short mean is %.2f %% lower"
                        + " (standard error of that gap %.2f %%)",
                shortMean, ResultTables.num(shortLimit, 0), longMean, ResultTables.num(options.seconds(), 0),
                standardError(shortValues), standardError(longValues), below(longMean, shortMean),
                gapStandardError(shortValues, longValues)));
        out.println(String.format(Locale.ROOT, "- goal (mean value of the %s s plans within %.0f %% of that of the %s s plans): %s",
                ResultTables.num(shortLimit, 0), GOAL_PERCENT, ResultTables.num(options.seconds(), 0),
                meansMet(shortValues, longValues) ? "met" : "NOT met"));
        out.println(String.format(Locale.ROOT, "- pairs within %.0f %% (value, then cost at equal value): %d of %d",
                GOAL_PERCENT, met, runs));
        out.println(String.format(Locale.ROOT,
                "- the long plans among themselves: values %.1f to %.1f; pairs of them within %.0f %% on value: %d of %d",
                Arrays.stream(longValues).min().orElseThrow(), Arrays.stream(longValues).max().orElseThrow(),
                GOAL_PERCENT, pairsWithin(longValues, GOAL_PERCENT), runs * (runs - 1) / 2));
        out.println("- " + ResultTables.num(shortLimit, 0) + " s plans by nights away: " + byNights(shortPlans));
        out.println("- " + ResultTables.num(options.seconds(), 0) + " s plans by nights away: " + byNights(longPlans));
    }

    /**
     * The nights away of a plan, one character per day route in the plan's order: {@code N} when the day ends
     * away, {@code -} when it ends at its end place. On the benchmark weeks the value a search reaches depends
     * mostly on which days it spends away (docs/benchmarks.md, the rep's week), so the runs print it.
     */
    static String nights(Plan plan) {
        StringBuilder pattern = new StringBuilder(plan.routes().size());
        for (var route : plan.routes()) {
            pattern.append(route.overnight() != null ? 'N' : '-');
        }
        return pattern.toString();
    }

    /**
     * The plans grouped by {@link #nights}, most frequent first (ties in the order of the patterns): how many and
     * their mean value, e.g. {@code -NN-- 9 (2624.3), --NN- 4 (2601.0)}.
     */
    static String byNights(Plan[] plans) {
        Map<String, List<Double>> groups = new TreeMap<>();
        for (Plan plan : plans) {
            groups.computeIfAbsent(nights(plan), k -> new ArrayList<>()).add(plan.score().value());
        }
        return groups.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> -e.getValue().size()))
                .map(e -> String.format(Locale.ROOT, "%s %d (%.1f)", e.getKey(), e.getValue().size(),
                        e.getValue().stream().mapToDouble(Double::doubleValue).average().orElseThrow()))
                .collect(Collectors.joining(", "));
    }

    /** How many pairs of the values are within {@code percent} of the larger one. */
    static int pairsWithin(double[] values, double percent) {
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                double high = Math.max(values[i], values[j]);
                count += high - Math.min(values[i], values[j]) <= high * percent / 100 ? 1 : 0;
            }
        }
        return count;
    }

    /** The standard error of the mean of the values (sample standard deviation over the square root of their count). */
    static double standardError(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double mean = mean(values);
        double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (values.length - 1) / values.length);
    }

    /**
     * The standard error, in percent of the long mean, of how far the short mean is below it: the two means come
     * from independent solves, so their errors add in quadrature. With about 25 between the 5 s plans of a
     * week and 8 seeds it is about 0.4 %, as large as the margins the goal is judged by.
     */
    static double gapStandardError(double[] shortValues, double[] longValues) {
        return 100 * Math.hypot(standardError(shortValues), standardError(longValues)) / mean(longValues);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static String brief(WeekRun r) {
        return String.format(Locale.ROOT, "%d, %.1f, %.1f, %s", r.plan().iterations(), r.value(), r.cost(), nights(r.plan()));
    }

    /**
     * With {@code --iterations}: one repeatable solve (warm-up solve first), reporting the plan and the
     * iterations per second of CPU time of the solving thread, which is less sensitive to a busy machine
     * than wall-clock time. With {@code --runs N} as well: one repeatable solve per solver seed 1 to N and the
     * mean, lowest and highest value, the measure for comparing two versions of the search.
     */
    private static void runIterations(RepWeekFixture week, BenchmarkOptions options, PrintStream out) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int solves = options.runs() > 1 ? options.runs() : 2;
        double[] values = new double[solves];
        Plan[] plans = new Plan[solves];
        for (int i = 0; i < solves; i++) {
            long seed = options.runs() > 1 ? i + 1 : options.seed();
            String label = options.runs() > 1 ? "solver seed " + seed : i == 0 ? "cold JVM" : "warm JVM";
            SolverSettings settings = SolverSettings.forIterations(options.iterations()).withSeed(seed);
            long wall = System.nanoTime();
            long cpu0 = cpu.getCurrentThreadCpuTime();
            Plan plan = Planner.solve(week.problem(), settings, p -> { }, new AtomicBoolean());
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            List<String> violations = WeekPlanCheck.violations(week, plan);
            values[i] = plan.score().value();
            plans[i] = plan;
            out.println(String.format(Locale.ROOT,
                    "%d iterations (%s): value %.1f, cost %.1f, %d visits, nights %s, %.1f s wall, %.1f s CPU, %.0f iterations per CPU second, %s",
                    plan.iterations(), label, plan.score().value(), plan.score().cost(), plan.totals().visits(), nights(plan),
                    wallSeconds, cpuSeconds, plan.iterations() / cpuSeconds,
                    plan.score().feasible() && violations.isEmpty() ? "feasible (own check)" : "INFEASIBLE " + violations));
        }
        if (options.runs() > 1) {
            out.println(String.format(Locale.ROOT, "- value over %d solver seeds: mean %.1f, min %.1f, max %.1f", solves,
                    mean(values), Arrays.stream(values).min().orElseThrow(), Arrays.stream(values).max().orElseThrow()));
            out.println("- plans by nights away: " + byNights(plans));
        }
    }

    private static String done(WeekRun r) {
        return String.format(Locale.ROOT, "%s run done: %.1f s, %d iterations, value %.1f, cost %.1f",
                r.label(), r.seconds(), r.plan().iterations(), r.value(), r.cost());
    }

    static WeekRun solve(RepWeekFixture week, BenchmarkOptions options, long solverSeed, double limitSeconds, String note) {
        SolverSettings settings = SolverSettings.forTime(Benchmark.seconds(limitSeconds))
                .withSeed(solverSeed).withThreads(options.threads());
        FirstFeasible first = new FirstFeasible();
        long begin = System.nanoTime();
        Plan plan = Planner.solve(week.problem(), settings, first, new AtomicBoolean());
        double seconds = (System.nanoTime() - begin) / 1e9;
        double toFeasible = Double.isNaN(first.seconds) && plan.score().feasible() ? seconds : first.seconds;
        return new WeekRun(limitSeconds, note, toFeasible, plan, WeekPlanCheck.violations(week, plan), seconds);
    }

    static String table(List<WeekRun> runs) {
        StringBuilder out = new StringBuilder();
        out.append("| run | first feasible (s) | iterations | visits | value | cost | driving (h) | distance (km) | nights | feasible (own check) |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
        for (WeekRun r : runs) {
            var t = r.plan().totals();
            boolean ok = r.plan().score().feasible() && r.violations().isEmpty();
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.0f | %d | %s |%n",
                    r.label(), ResultTables.num(r.secondsToFeasible(), 2), r.plan().iterations(), t.visits(),
                    r.value(), r.cost(),
                    t.drivingTime() / 3600, t.distance() / 1000, t.nights(),
                    ok ? "yes" : "**no** (" + r.violations().size() + " violations)"));
        }
        return out.toString();
    }

    static String comparison(WeekRun quick, WeekRun full) {
        return String.format(Locale.ROOT,
                "%s vs %s: value %.2f %% lower, cost %.2f %% higher (ratio value %.4f, cost %.4f); "
                        + "within %.0f %% on value, then cost: %s (one pair; the goal is judged over solver seeds, --runs)",
                quick.label(), full.label(), valueGap(quick, full), costGap(quick, full), quick.value() / full.value(),
                quick.cost() / full.cost(), GOAL_PERCENT, met(quick, full) ? "met" : "NOT met");
    }

    static boolean met(WeekRun quick, WeekRun full) {
        return met(quick.value(), quick.cost(), full.value(), full.cost());
    }

    /**
     * The goal for one pair of plans, in the planner's own order: value first, then cost. A short plan of
     * different value meets it when its value is at most 1 % lower; one of the same value when its cost is at
     * most 1 % higher. Costs of plans of different value are not compared: a plan with more visits drives more,
     * and the long plans of one week differ in cost by up to 20 %.
     */
    static boolean met(double quickValue, double quickCost, double fullValue, double fullCost) {
        if (Math.abs(quickValue - fullValue) > VALUE_TOLERANCE * Math.abs(fullValue)) {
            return below(fullValue, quickValue) <= GOAL_PERCENT;
        }
        return -below(fullCost, quickCost) <= GOAL_PERCENT;
    }

    /** The goal over solver seeds: the mean value of the short plans at most 1 % below that of the long ones. */
    static boolean meansMet(double[] shortValues, double[] longValues) {
        return below(mean(longValues), mean(shortValues)) <= GOAL_PERCENT;
    }

    /** How far {@code x} is below {@code reference}, in percent of the reference (negative when above). */
    private static double below(double reference, double x) {
        return 100 * (reference - x) / reference;
    }

    private static double valueGap(WeekRun quick, WeekRun full) {
        return below(full.value(), quick.value());
    }

    private static double costGap(WeekRun quick, WeekRun full) {
        return -below(full.cost(), quick.cost());
    }

    /** Notes when the planner first reports a feasible best plan. */
    static final class FirstFeasible implements ProgressListener {
        private double seconds = Double.NaN;

        @Override
        public void onProgress(Progress progress) {
            if (Double.isNaN(seconds) && progress.best() != null && progress.best().feasible()) {
                seconds = progress.elapsed().toNanos() / 1e9;
            }
        }
    }
}
