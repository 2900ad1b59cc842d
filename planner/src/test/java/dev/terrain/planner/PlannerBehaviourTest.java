package dev.terrain.planner;

import dev.terrain.planner.RandomProblems.Shape;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the planner behaves as a component: valid plans, reproducible, anytime, cancellable, reporting. */
class PlannerBehaviourTest {

    private static PlanningProblem week(long seed) {
        return RandomProblems.problem(new Random(seed), new Shape(25, 5, true, true, true, true, true, true));
    }

    @Test
    void plansKeepEveryHardRuleOnRandomWeeks() {
        for (long seed = 0; seed < 12; seed++) {
            PlanningProblem problem = week(seed);
            Plan plan = Planner.solve(problem, SolverSettings.forIterations(1500).withSeed(seed));
            assertThat(PlanChecker.violations(problem, plan)).as("seed %d", seed).isEmpty();
            assertThat(plan.routes()).hasSize(5);
        }
    }

    @Test
    void theSameSeedReproducesThePlanExactly() {
        PlanningProblem problem = week(42);
        SolverSettings settings = SolverSettings.forIterations(2000).withSeed(7);
        Plan first = Planner.solve(problem, settings);
        Plan second = Planner.solve(problem, settings);
        assertThat(second).isEqualTo(first);
        assertThat(first.routes().stream().mapToInt(r -> r.stops().size()).sum()).isGreaterThan(0);
    }

    @Test
    void aGreedyPlanComesBackAfterASingleIteration() {
        PlanningProblem problem = week(3);
        Plan plan = Planner.solve(problem, SolverSettings.forIterations(1));
        assertThat(PlanChecker.violations(problem, plan)).isEmpty();
        assertThat(plan.usedRoutes()).isNotEmpty();
    }

    @Test
    void cancelStopsTheSearchAndReturnsTheBestPlanSoFar() throws InterruptedException {
        PlanningProblem problem = week(5);
        PlanningJob job = Planner.start(problem, SolverSettings.forTime(Duration.ofMinutes(5)), ProgressListener.none());
        Thread.sleep(200);
        long before = System.nanoTime();
        job.cancel();
        Plan plan = job.plan();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
        assertThat(job.isDone()).isTrue();
        assertThat(PlanChecker.violations(problem, plan)).isEmpty();
    }

    @Test
    void progressReportsTheBestScoreAsItImproves() {
        PlanningProblem problem = week(8);
        List<Progress> reports = new ArrayList<>();
        Plan plan = Planner.solve(problem, SolverSettings.forIterations(3000), reports::add, new AtomicBoolean());
        assertThat(reports).isNotEmpty();
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i).best().atLeastAsGoodAs(reports.get(i - 1).best())).isTrue();
        }
        assertThat(reports.get(reports.size() - 1).best()).isEqualTo(plan.score());
    }

    @Test
    void reachingTheTargetScoreStopsTheSearch() {
        PlanningProblem problem = week(9);
        Plan plan = Planner.solve(problem, SolverSettings.forIterations(1_000_000)
                .withTarget(new Score(Integer.MAX_VALUE, 0, Double.MAX_VALUE)));
        assertThat(plan.iterations()).isLessThan(1_000_000);
    }

    @Test
    void severalThreadsShareOneValidPlan() {
        PlanningProblem problem = week(10);
        Plan plan = Planner.solve(problem, SolverSettings.forIterations(1500).withThreads(2));
        assertThat(PlanChecker.violations(problem, plan)).isEmpty();
        assertThat(plan.iterations()).isEqualTo(3000);
    }

    @Test
    void badInputIsRejectedNamingTheField() {
        TravelModel travel = Line.of(0, 10);
        assertThatThrownBy(() -> Line.problem(travel, Line.days(1, 100), List.of(Visit.optional("far", 5, 1, 1))))
                .hasMessageContaining("visit far").hasMessageContaining("place 5");
        assertThatThrownBy(() -> new TimeWindow(10, 5)).hasMessageContaining("after its end");
        assertThatThrownBy(() -> SolverSettings.forIterations(10).withThreads(0)).hasMessageContaining("threads");
        assertThatThrownBy(() -> Planner.solve(null, SolverSettings.forIterations(10))).hasMessageContaining("problem");
        assertThatThrownBy(() -> Planner.solve(Line.problem(travel, Line.days(1, 100), List.of()), SolverSettings.forIterations(10), null,
                new AtomicBoolean())).hasMessageContaining("listener");
        assertThatThrownBy(() -> Planner.start(null, SolverSettings.forIterations(10), ProgressListener.none()))
                .hasMessageContaining("problem");
    }
}
