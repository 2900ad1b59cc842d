package dev.terrain.planner.bench;

import dev.terrain.planner.Plan;
import dev.terrain.planner.Planner;
import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.SolverSettings;
import dev.terrain.planner.TimeWindow;
import dev.terrain.planner.Visit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.terrain.planner.bench.VrptwReaderTest.DATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class ProblemAdapterTest {

    private static final SolverSettings SHORT = SolverSettings.forIterations(300).withTimeLimit(Duration.ofSeconds(3)).withSeed(1);

    @Test
    void buildsOneResourcePerVehicleAndAMandatoryVisitPerCustomer() {
        Instance c101 = VrptwReader.read(DATA.resolve("vrptw/solomon/C101.txt"));

        PlanningProblem problem = ProblemAdapter.toProblem(c101);

        assertThat(problem.resources()).hasSize(25).allMatch(r -> r.capacity() == 200);
        assertThat(problem.resources().get(0).days()).singleElement()
                .satisfies(d -> assertThat(d.shiftEnd()).isEqualTo(1236)).satisfies(d -> assertThat(d.maxOvertime()).isZero());
        assertThat(problem.visits()).hasSize(100).allMatch(Visit::mandatory);
        Visit first = problem.visits().get(0);
        assertThat(first.id()).isEqualTo("1");
        assertThat(first.demand()).isEqualTo(10);
        assertThat(first.usualWindows()).containsExactly(new TimeWindow(912, 967));
        assertThat(problem.travel().distance(0, 1)).isEqualTo(18.6);
        assertThat(problem.travel().time(0, 1)).isEqualTo(18.6);
    }

    @Test
    void makesToptwVisitsOptionalWithTheirScore() {
        Instance c101 = ToptwReader.read(DATA.resolve("toptw/solomon_c1_r1_rc1/c101.txt"), 3);

        PlanningProblem problem = ProblemAdapter.toProblem(c101);

        assertThat(problem.resources()).hasSize(3);
        assertThat(problem.visits()).noneMatch(Visit::mandatory);
        assertThat(problem.visits().get(0).value()).isEqualTo(10);
    }

    @Test
    void aShortSolveOfC101IsFeasibleAndAgreesWithTheChecker() {
        Instance c101 = VrptwReader.read(DATA.resolve("vrptw/solomon/C101.txt"));

        Plan plan = Planner.solve(ProblemAdapter.toProblem(c101), SHORT);
        List<List<Integer>> routes = ProblemAdapter.routesOf(plan);
        Verdict verdict = SolutionChecker.check(c101, routes);

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.served()).isEqualTo(100);
        assertThat(verdict.distance()).isCloseTo(plan.totals().distance(), offset(1e-3));
    }

    @Test
    void aShortToptwSolveRespectsTheBudgetAndAgreesOnTheScore() {
        Instance r101 = ToptwReader.read(DATA.resolve("toptw/solomon_c1_r1_rc1/r101.txt"), 2);

        RunResult result = InstanceRun.solve(r101, SHORT, Double.NaN);

        assertThat(result.notes()).isEmpty();
        assertThat(result.feasible()).isTrue();
        assertThat(result.routes()).isBetween(1, 2);
        assertThat(result.score()).isPositive();
    }
}
