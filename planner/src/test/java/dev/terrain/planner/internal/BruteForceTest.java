package dev.terrain.planner.internal;

import dev.terrain.planner.Plan;
import dev.terrain.planner.Planner;
import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.RandomProblems;
import dev.terrain.planner.RandomProblems.Shape;
import dev.terrain.planner.Score;
import dev.terrain.planner.SolverSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * On small problems (at most 6 visits) the planner finds the plan that enumerating every subset and
 * every order of the visits, on every day, with and without a night away, proves best.
 */
class BruteForceTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"windows", "windows+capacity", "breaks", "several windows", "limits+overtime",
            "pinned", "two days+nights", "two days+breaks+pinned"})
    void plannerMatchesEnumeration(String kind) {
        Random rnd = new Random(kind.hashCode());
        for (int trial = 0; trial < 10; trial++) {
            Shape shape = switch (kind) {
                case "windows" -> new Shape(6, 1, false, false, false, false, false, false);
                case "windows+capacity" -> new Shape(6, 1, false, false, false, false, false, true);
                case "breaks" -> new Shape(6, 1, true, false, false, false, false, false);
                case "several windows" -> new Shape(6, 1, false, true, false, false, false, false);
                case "limits+overtime" -> new Shape(6, 1, false, false, true, false, false, false);
                case "pinned" -> new Shape(6, 1, false, false, false, false, true, false);
                case "two days+nights" -> new Shape(5, 2, false, false, false, true, false, false);
                default -> new Shape(5, 2, true, false, false, false, true, false);
            };
            PlanningProblem problem = RandomProblems.problem(rnd, shape);
            Score best = new Enumeration(ModelCompiler.compile(problem)).best();
            Plan plan = Planner.solve(problem, SolverSettings.forIterations(3000).withSeed(trial));

            assertThat(plan.score().hardViolations()).as("%s trial %d", kind, trial).isEqualTo(best.hardViolations());
            assertThat(plan.score().value()).as("%s trial %d", kind, trial).isCloseTo(best.value(), within(1e-6));
            assertThat(plan.score().cost()).as("%s trial %d", kind, trial).isCloseTo(best.cost(), within(1e-6));
        }
    }

    /** Every assignment of visits to days (or none), every order, nights on or off. */
    static final class Enumeration {
        private final Model m;
        private final DaySimulator sim;
        private final int[][] seq;
        private final int[] len;
        private final boolean[] used;
        private Score best;

        Enumeration(Model m) {
            this.m = m;
            this.sim = new DaySimulator(m);
            this.seq = new int[m.routes.length][m.visits];
            this.len = new int[m.routes.length];
            this.used = new boolean[m.visits];
        }

        Score best() {
            extend(0);
            return best;
        }

        private void extend(int route) {
            if (route == m.routes.length) {
                evaluate();
                return;
            }
            extend(route + 1);
            for (int v = 0; v < m.visits; v++) {
                if (!used[v] && m.allowed(v, route)) {
                    used[v] = true;
                    seq[route][len[route]++] = v;
                    extend(route);
                    len[route]--;
                    used[v] = false;
                }
            }
        }

        private void evaluate() {
            int nightOptions = m.routes.length > 1 && m.routes[0].nightAllowed ? 2 : 1;
            for (int night = 0; night < nightOptions; night++) {
                evaluate(night == 1);
            }
        }

        private void evaluate(boolean nightAfterFirstDay) {
            double cost = 0;
            int start = m.routes[0].startPlace;
            for (int r = 0; r < m.routes.length; r++) {
                boolean night = r == 0 && nightAfterFirstDay;
                if (!sim.run(r, start, night, seq[r], len[r])) {
                    return;
                }
                cost += sim.cost + (night ? m.nightCost : 0);
                start = night ? m.place[seq[r][len[r] - 1]] : m.routes[Math.min(r + 1, m.routes.length - 1)].startPlace;
            }
            int hard = 0;
            double value = 0;
            for (int v = 0; v < m.visits; v++) {
                if (used[v]) {
                    value += m.value[v];
                } else if (m.mandatory[v]) {
                    hard++;
                }
            }
            Score score = new Score(hard, value, cost);
            if (best == null || score.compareTo(best) < 0) {
                best = score;

            }
        }
    }
}
