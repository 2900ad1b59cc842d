package dev.terrain.planner.bench;

import dev.terrain.planner.Plan;
import dev.terrain.planner.Planner;
import dev.terrain.planner.SolverSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.terrain.planner.bench.VrptwReaderTest.DATA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the quality of the search with repeatable solves (an iteration limit and a solver seed), so that a change
 * that makes the search worse fails the build rather than the next benchmark run. The bounds are not the goals,
 * which are judged on time-limited runs (docs/benchmarks.md): each sits a little beyond what solver seeds 1 to 8
 * reach at the same iterations (for the week, between the mean with nights away and the mean without), so that a
 * change which only draws other random numbers passes and one that loses the search's edge does not.
 */
class SearchQualityTest {

    /*
     * Seeds 1 to 8 at these iterations (2026-12-07): Solomon mean gap 0.08-0.34 %, worst instance 1.00 %;
     * Gehring-Homberger mean 0.57-1.19 %; TOPTW mean 0.79-0.97 %. Seed 1, the one tested: 0.33 % (worst 1.00 %),
     * 0.71 %, 0.97 %. The week's values spread widely between seeds (2499.1 to 2578.2), so its test takes the mean
     * of all eight, 2545.9; with nights away forbidden the same solves average 2499.1.
     */
    private static final double SOLOMON_MAX_GAP = 1.5;
    private static final double SOLOMON_MEAN_GAP = 0.5;
    private static final double HOMBERGER_MEAN_GAP = 1.5;
    private static final double TOPTW_MEAN_GAP = 1.25;
    private static final int WEEK_SEEDS = 8;
    private static final double WEEK_MIN_MEAN_VALUE = 2525;

    @Test
    void solomonInstancesOfEveryKindComeCloseToTheirBestKnownDistances() {
        List<RunResult> results = solve("solomon", List.of("R101", "R205", "RC105", "RC208", "C204"), 50_000);

        assertThat(results).allSatisfy(r -> assertThat(r.gapPercent()).as(r.instance()).isLessThan(SOLOMON_MAX_GAP));
        assertThat(meanGap(results)).isLessThan(SOLOMON_MEAN_GAP);
    }

    @Test
    void gehringHombergerInstancesComeCloseToTheirBestKnownDistances() {
        List<RunResult> results = solve("homberger200", List.of("C1_2_1", "R1_2_5", "RC2_2_3"), 40_000);

        assertThat(meanGap(results)).isLessThan(HOMBERGER_MEAN_GAP);
    }

    @Test
    void orienteeringPathsCollectCloseToTheirBestKnownScores() {
        List<RunResult> results = solve("toptw", List.of("C107", "R105", "RC106", "R109"), 30_000);

        assertThat(meanGap(results)).isLessThan(TOPTW_MEAN_GAP);
    }

    @Test
    void theRepsWeekReachesTheValueItsNightsAwayAllow() {
        RepWeekFixture week = RepWeekFixture.create(1);
        double total = 0;
        for (long seed = 1; seed <= WEEK_SEEDS; seed++) {
            Plan plan = Planner.solve(week.problem(), SolverSettings.forIterations(30_000).withSeed(seed));
            assertThat(WeekPlanCheck.violations(week, plan)).as("seed %d", seed).isEmpty();
            total += plan.score().value();
        }

        assertThat(total / WEEK_SEEDS).isGreaterThan(WEEK_MIN_MEAN_VALUE);
    }

    private static List<RunResult> solve(String set, List<String> instances, long iterations) {
        BenchmarkSet loaded = BenchmarkSet.load(set, DATA, instances, List.of(1));
        List<RunResult> results = loaded.instances().stream()
                .map(i -> InstanceRun.solve(i, SolverSettings.forIterations(iterations).withSeed(1), loaded.bestKnownFor(i)))
                .toList();
        assertThat(results).allSatisfy(r -> assertThat(r.notes()).as(r.instance()).isEmpty())
                .allSatisfy(r -> assertThat(r.feasible()).as(r.instance()).isTrue());
        return results;
    }

    private static double meanGap(List<RunResult> results) {
        return results.stream().mapToDouble(RunResult::gapPercent).average().orElseThrow();
    }
}
