package dev.terrain.planner.internal;

import dev.terrain.planner.CostWeights;
import dev.terrain.planner.Plan;
import dev.terrain.planner.Planner;
import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.SolverSettings;
import dev.terrain.planner.bench.ProblemAdapter;
import dev.terrain.planner.bench.RepWeekFixture;
import dev.terrain.planner.bench.ToptwReader;
import dev.terrain.planner.bench.VrptwReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The annealing schedule ends where the settings say for a search through all visits (VRPTW: the shortest
 * routes), and five times cooler for a problem that chooses visits for their value (TOPTW, the rep's week),
 * whose ruins shrink to half their size along the budget.
 */
class TemperatureScheduleTest {

    private static final Path DATA = Path.of("benchmarks");
    private static final SolverSettings DEFAULTS = SolverSettings.forIterations(200).withSeed(4);

    @Test
    void theDefaultScheduleEndsAtATenthOfItsStart() {
        assertThat(DEFAULTS.startTemperature()).isEqualTo(1.0);
        assertThat(DEFAULTS.endTemperature()).isEqualTo(0.1);
    }

    @Test
    void aSearchThroughAllVisitsEndsWhereTheSettingsSay() {
        Model vrptw = ModelCompiler.compile(ProblemAdapter.toProblem(VrptwReader.read(DATA.resolve("vrptw/solomon/R207.txt"))));

        assertThat(vrptw.choosesByValue()).isFalse();
        assertThat(Worker.endTemperature(vrptw, DEFAULTS)).isEqualTo(0.1);
    }

    @Test
    void aProblemThatChoosesVisitsForTheirValueEndsFiveTimesCooler() {
        Model toptw = ModelCompiler.compile(ProblemAdapter.toProblem(
                ToptwReader.read(DATA.resolve("toptw/solomon_c1_r1_rc1/rc108.txt"), 1)));
        Model week = ModelCompiler.compile(RepWeekFixture.create(1).problem());

        assertThat(toptw.choosesByValue()).isTrue();
        assertThat(week.choosesByValue()).isTrue();
        assertThat(Worker.endTemperature(toptw, DEFAULTS)).isCloseTo(0.02, offset(1e-12));
        assertThat(Worker.endTemperature(week, DEFAULTS.withTemperatures(0.5, 0.25))).isCloseTo(0.05, offset(1e-12));
    }

    @Test
    void aSearchThroughAllVisitsKeepsItsRuinSize() {
        Model vrptw = ModelCompiler.compile(ProblemAdapter.toProblem(VrptwReader.read(DATA.resolve("vrptw/solomon/R207.txt"))));

        for (double fraction : new double[] {0, 0.5, 1}) {
            assertThat(Worker.averageRemoved(vrptw, DEFAULTS, fraction)).isEqualTo(10);
        }
    }

    @Test
    void aProblemThatChoosesVisitsForTheirValueHalvesItsRuinsAlongTheBudget() {
        Model week = ModelCompiler.compile(RepWeekFixture.create(1).problem());

        assertThat(Worker.averageRemoved(week, DEFAULTS, 0)).isEqualTo(10);
        assertThat(Worker.averageRemoved(week, DEFAULTS, 0.5)).isCloseTo(7.5, offset(1e-12));
        assertThat(Worker.averageRemoved(week, DEFAULTS, 1)).isCloseTo(5, offset(1e-12));
        assertThat(Worker.averageRemoved(week, DEFAULTS.withAverageRemoved(8), 1)).isCloseTo(4, offset(1e-12));
    }

    @Test
    void valuesTradedAgainstCostDoNotCountAsChoosingByValue() {
        PlanningProblem week = RepWeekFixture.create(1).problem();
        PlanningProblem traded = new PlanningProblem(week.travel(), week.resources(), week.visits(),
                CostWeights.of(0.01, 0.0003, 120, 0.02).tradingValueAt(5));

        assertThat(ModelCompiler.compile(traded).choosesByValue()).isFalse();
    }

    @Test
    void theSameSeedGivesTheSamePlanUnderBothSchedules() {
        PlanningProblem vrptw = ProblemAdapter.toProblem(VrptwReader.read(DATA.resolve("vrptw/solomon/RC204.txt")));
        PlanningProblem week = RepWeekFixture.create(1).problem();

        for (PlanningProblem problem : new PlanningProblem[] {vrptw, week}) {
            Plan first = Planner.solve(problem, DEFAULTS);
            Plan second = Planner.solve(problem, DEFAULTS);
            assertThat(second.score()).isEqualTo(first.score());
            assertThat(second.routes()).isEqualTo(first.routes());
        }
    }
}
