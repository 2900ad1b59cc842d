package dev.terrain.planner.bench;

import dev.terrain.planner.DayRoute;
import dev.terrain.planner.Plan;
import dev.terrain.planner.Planner;
import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.SolverSettings;
import dev.terrain.planner.Stop;
import dev.terrain.planner.Visit;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Re-plans of the rep's week after a change: the week is planned with the long limit (or {@code --iterations}),
 * then the most valuable visit of its Wednesday is cancelled, and the changed week is planned for 5 s from the
 * first plan ({@link Planner#replan}), for 5 s from scratch and for the long limit from scratch. The unchanged week
 * is re-planned for 5 s as well. Per solver seed 1 to {@code --runs}: the values, the nights away and the share of
 * the first plan's visits the re-plan keeps on their day.
 */
final class ReplanBenchmark {

    /** The day whose most valuable visit is cancelled (Wednesday). */
    static final int CHANGED_DAY = 2;

    private ReplanBenchmark() {
    }

    /** The week after a cancellation, and the visit cancelled. */
    record Cancellation(PlanningProblem week, Stop cancelled) {
    }

    /** The week without the most valuable visit the plan makes on the given day. */
    static Cancellation cancelMostValuable(PlanningProblem week, Plan plan, int day) {
        DayRoute route = plan.routes().stream().filter(r -> r.day() == day).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the plan has no day " + day));
        Stop top = route.stops().stream().max(Comparator.comparingDouble(Stop::value))
                .orElseThrow(() -> new IllegalArgumentException("the plan makes no visit on day " + day));
        List<Visit> visits = week.visits().stream().filter(v -> !v.id().equals(top.visitId())).toList();
        return new Cancellation(new PlanningProblem(week.travel(), week.resources(), visits, week.weights()), top);
    }

    /** The share of the visits of {@code before} that {@code after} makes on the same day (by resource and day). */
    static double keptOnTheirDay(Plan before, Plan after) {
        Map<String, String> dayOf = new HashMap<>();
        after.routes().forEach(r -> r.stops().forEach(s -> dayOf.put(s.visitId(), r.resourceId() + '/' + r.day())));
        int all = 0;
        int kept = 0;
        for (DayRoute r : before.routes()) {
            for (Stop s : r.stops()) {
                all++;
                kept += (r.resourceId() + '/' + r.day()).equals(dayOf.get(s.visitId())) ? 1 : 0;
            }
        }
        return all == 0 ? 1 : (double) kept / all;
    }

    static void run(BenchmarkOptions options, PrintStream out) {
        RepWeekFixture fixture = RepWeekFixture.create(options.seed());
        PlanningProblem week = fixture.problem();
        SolverSettings first = (options.iterations() > 0 ? SolverSettings.forIterations(options.iterations())
                : SolverSettings.forTime(Benchmark.seconds(options.seconds()))).withThreads(options.threads());
        SolverSettings quick = SolverSettings.forTime(Benchmark.seconds(WeekBenchmark.SHORT_SECONDS))
                .withThreads(options.threads());
        SolverSettings full = SolverSettings.forTime(Benchmark.seconds(options.seconds())).withThreads(options.threads());
        Planner.solve(week, quick.withSeed(0));
        out.println("| solver seed | first plan | less the cancelled visit | re-plan, nothing changed, 5 s "
                + "| re-plan after the cancellation, 5 s (visits kept on their day) | from scratch, 5 s | from scratch, "
                + String.format(Locale.ROOT, "%.0f s |", options.seconds()));
        out.println("|--:|---|--:|--:|---|---|---|");
        double[] sums = new double[7];
        int runs = options.runs();
        for (int seed = 1; seed <= runs; seed++) {
            Plan plan = Planner.solve(week, first.withSeed(seed));
            Cancellation change = cancelMostValuable(week, plan, CHANGED_DAY);
            Plan same = Planner.replan(week, plan, quick.withSeed(seed));
            Plan replanned = Planner.replan(change.week(), plan, quick.withSeed(seed));
            Plan scratch = Planner.solve(change.week(), quick.withSeed(seed));
            Plan scratchLong = Planner.solve(change.week(), full.withSeed(seed));
            double kept = keptOnTheirDay(plan, replanned);
            double[] row = {value(plan), value(plan) - change.cancelled().value(), value(same), value(replanned),
                    kept, value(scratch), value(scratchLong)};
            for (int i = 0; i < row.length; i++) {
                sums[i] += row[i];
            }
            out.println(String.format(Locale.ROOT, "| %d | %.1f `%s` | %.1f (%s) | %.1f | %.1f `%s` (%.0f %%) | %.1f `%s` | %.1f `%s` |",
                    seed, row[0], WeekBenchmark.nights(plan), row[1], change.cancelled().visitId(), row[2], row[3],
                    WeekBenchmark.nights(replanned), 100 * kept, row[5], WeekBenchmark.nights(scratch), row[6],
                    WeekBenchmark.nights(scratchLong)));
            checked(fixture, List.of(plan, same, replanned, scratch, scratchLong), seed, out);
            out.flush();
        }
        out.println(String.format(Locale.ROOT, "| mean | %.1f | %.1f | %.1f | %.1f (%.0f %%) | %.1f | %.1f |",
                sums[0] / runs, sums[1] / runs, sums[2] / runs, sums[3] / runs, 100 * sums[4] / runs, sums[5] / runs,
                sums[6] / runs));
    }

    /** Every plan re-checked on its own ({@link WeekPlanCheck}); a cancelled visit is simply not in the later ones. */
    private static void checked(RepWeekFixture fixture, List<Plan> plans, int seed, PrintStream out) {
        for (Plan plan : plans) {
            WeekPlanCheck.violations(fixture, plan).stream().limit(10)
                    .forEach(v -> out.println("- violation (solver seed " + seed + "): " + v));
        }
    }

    private static double value(Plan plan) {
        return plan.score().value();
    }
}
