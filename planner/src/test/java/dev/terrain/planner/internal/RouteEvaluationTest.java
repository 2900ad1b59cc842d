package dev.terrain.planner.internal;

import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.RandomProblems;
import dev.terrain.planner.RandomProblems.Shape;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The constant-time route evaluation must agree with a full re-simulation on random small routes. */
class RouteEvaluationTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void segmentsAgreeWithFullSimulation() {
        Random rnd = new Random(11);
        int compared = 0;
        for (int trial = 0; trial < 600; trial++) {
            Fixture f = new Fixture(rnd, new Shape(7, 1, false, false, rnd.nextBoolean(), false, false, rnd.nextBoolean()));
            assertThat(f.route.fast).isTrue();
            boolean reference = f.sim.run(0, f.route.startPlace, false, f.route.seq, f.route.len);
            assertThat(f.route.feasible).isEqualTo(reference);
            if (reference) {
                assertThat(f.route.cost).isCloseTo(f.sim.cost, within(TOLERANCE));
                assertThat(f.route.overtime).isCloseTo(f.sim.overtime, within(TOLERANCE));
                assertThat(f.route.working).isCloseTo(f.sim.working, within(TOLERANCE));
                assertThat(f.route.drive).isCloseTo(f.sim.drive, within(TOLERANCE));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void constantTimeInsertionDeltaEqualsFullReEvaluation() {
        Random rnd = new Random(12);
        int compared = 0;
        int feasibleInsertions = 0;
        for (int trial = 0; trial < 600; trial++) {
            Fixture f = new Fixture(rnd, new Shape(7, 1, false, false, rnd.nextBoolean(), false, false, rnd.nextBoolean()));
            if (!f.route.feasible) {
                continue;
            }
            for (int i = f.route.len; i < f.order.length; i++) {
                int v = f.order[i];
                for (int k = 0; k <= f.route.len; k++) {
                    double delta = f.route.insertDelta(v, k, f.sim, f.scratch, false);
                    boolean reference = f.sim.run(0, f.route.startPlace, false, f.inserted(v, k), f.route.len + 1);
                    assertThat(delta < Double.POSITIVE_INFINITY).as("feasibility of insertion").isEqualTo(reference);
                    if (reference) {
                        assertThat(delta).isCloseTo(f.sim.cost - f.route.cost, within(TOLERANCE));
                        feasibleInsertions++;
                    } else {
                        assertThat(f.route.fail).isEqualTo(f.sim.fail == Fail.TIME ? expectTime(f.route.fail) : f.sim.fail);
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(2000);
        assertThat(feasibleInsertions).isGreaterThan(300);
    }

    private static int expectTime(int actual) {
        return actual == Fail.TIME_STOP ? Fail.TIME_STOP : Fail.TIME;
    }

    @Test
    void constantTimeRemovalDeltaEqualsFullReEvaluation() {
        Random rnd = new Random(13);
        int compared = 0;
        for (int trial = 0; trial < 600; trial++) {
            Fixture f = new Fixture(rnd, new Shape(7, 1, false, false, rnd.nextBoolean(), false, false, false));
            if (!f.route.feasible) {
                continue;
            }
            for (int i = 0; i < f.route.len; i++) {
                double delta = f.route.removeDelta(i, f.sim, f.scratch);
                boolean reference = f.sim.run(0, f.route.startPlace, false, f.removed(i), f.route.len - 1);
                assertThat(delta < Double.POSITIVE_INFINITY).isEqualTo(reference);
                if (reference) {
                    assertThat(delta).isCloseTo(f.sim.cost - f.route.cost, within(TOLERANCE));
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void simulatedInsertionOnRoutesWithBreaksAndSeveralWindowsMatchesRebuild() {
        Random rnd = new Random(14);
        int compared = 0;
        for (int trial = 0; trial < 300; trial++) {
            Fixture f = new Fixture(rnd, new Shape(6, 1, true, true, rnd.nextBoolean(), false, false, false));
            if (!f.route.feasible) {
                continue;
            }
            for (int i = f.route.len; i < f.order.length; i++) {
                int v = f.order[i];
                for (int k = 0; k <= f.route.len; k++) {
                    double delta = f.route.insertDelta(v, k, f.sim, f.scratch, false);
                    Route copy = new Route(f.m, 0);
                    copy.copyFrom(f.route);
                    copy.insert(v, k);
                    copy.rebuild(f.sim);
                    assertThat(delta < Double.POSITIVE_INFINITY).isEqualTo(copy.feasible);
                    if (copy.feasible) {
                        assertThat(delta).isCloseTo(copy.cost - f.route.cost, within(TOLERANCE));
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    /**
     * On routes that are simulated (breaks, several windows, a night away, limits), the quick test of
     * {@link Reach} may spare an insertion its simulation only when the simulation would reject it too,
     * for the same reason.
     */
    @Test
    void quickInsertionTestOnSimulatedRoutesNeverDisagreesWithTheSimulator() {
        Random rnd = new Random(15);
        int compared = 0;
        int feasibleInsertions = 0;
        int nights = 0;
        for (int trial = 0; trial < 1500; trial++) {
            Fixture f = new Fixture(rnd, new Shape(8, 2, rnd.nextInt(4) > 0, rnd.nextBoolean(), rnd.nextBoolean(),
                    rnd.nextBoolean(), false, rnd.nextBoolean()));
            if (f.m.routes[0].nightAllowed && f.route.len > 0 && rnd.nextBoolean()) {
                f.route.night = true;
                f.route.rebuild(f.sim);
            }
            if (!f.route.feasible || f.route.fast) {
                continue;
            }
            assertThat(f.route.reachable).isTrue();
            for (int i = f.route.len; i < f.order.length; i++) {
                int v = f.order[i];
                for (int k = 0; k <= f.route.len; k++) {
                    double delta = f.route.insertDelta(v, k, f.sim, f.scratch, false);
                    int fail = f.route.fail;
                    boolean reference = f.sim.run(0, f.route.startPlace, f.route.night, f.inserted(v, k), f.route.len + 1);
                    assertThat(delta < Double.POSITIVE_INFINITY).as("feasibility of insertion, trial %d", trial).isEqualTo(reference);
                    double bound = rnd.nextInt(3) == 0 ? Double.POSITIVE_INFINITY : 20 * rnd.nextDouble() - 5;
                    double bounded = f.route.insertDelta(v, k, f.sim, f.scratch, true, bound);
                    if (reference) {
                        assertThat(delta).isCloseTo(f.sim.cost - f.route.cost, within(TOLERANCE));
                        if (delta < bound && f.route.load + f.m.demand[v] <= f.m.routes[0].capacity) {
                            assertThat(bounded).as("within the bound, trial %d", trial).isEqualTo(delta);
                        }
                        feasibleInsertions++;
                        nights += f.route.night ? 1 : 0;
                    } else {
                        assertThat(fail).as("reason, trial %d", trial).isEqualTo(f.sim.fail);
                        assertThat(bounded).isEqualTo(Double.POSITIVE_INFINITY);
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(3000);
        assertThat(feasibleInsertions).isGreaterThan(300);
        assertThat(nights).isGreaterThan(30);
    }

    /**
     * The quick evaluation of simulated routes (no simulation when the new day's times are carried to its
     * end) must agree with the simulator on the routes a search really holds after a ruin: full days with
     * overtime, nights away, nights asked for after a day that ends too near home, and days broken by a
     * night switched on or off. Every position of every route is compared, with the reason of a refusal.
     */
    @Test
    void quickInsertionAgreesWithTheSimulatorOnTheRoutesOfASearch() {
        Counts counts = new Counts();
        compareAlongSearch(dev.terrain.planner.bench.RepWeekFixture.create(1).problem(), 200, counts);
        Random rnd = new Random(16);
        for (int trial = 0; trial < 40; trial++) {
            compareAlongSearch(RandomProblems.problem(rnd, new Shape(20, 3, rnd.nextInt(4) > 0, rnd.nextBoolean(),
                    rnd.nextBoolean(), true, rnd.nextBoolean(), rnd.nextBoolean())), 100, counts);
        }
        assertThat(counts.compared).isGreaterThan(100_000);
        assertThat(counts.feasibleInsertions).isGreaterThan(5_000);
        assertThat(counts.nightsTooNear).as("routes asked to end away but too near home").isGreaterThan(20);
        assertThat(counts.brokenByTime).as("routes whose times fail, judged without simulation").isGreaterThan(20);
    }

    private static final class Counts {
        long compared;
        long feasibleInsertions;
        long nightsTooNear;
        long brokenByTime;
    }

    private static void compareAlongSearch(PlanningProblem problem, int iterations, Counts counts) {
        Model m = ModelCompiler.compile(problem);
        Search search = new Search(m, 3, 10);
        search.construct();
        DaySimulator sim = new DaySimulator(m);
        Ruin ruin = new Ruin(m);
        Nights nights = new Nights(m, sim);
        Rng rng = new Rng(4);
        Solution s = new Solution(m);
        int[] removed = new int[m.visits];
        int[] scratch = new int[m.visits + 2];
        for (int i = 0; i < iterations; i++) {
            search.step(i < iterations / 2 ? 5 : 0.5);
            if (i % 10 != 0) {
                continue;
            }
            s.copyFrom(search.current);
            if (rng.nextDouble() < 0.5) {
                nights.flipRandom(s, rng);
            }
            ruin.ruin(s, rng, 10, removed, sim);
            for (Route route : s.routes) {
                counts.nightsTooNear += route.nightTooNear ? 1 : 0;
                counts.brokenByTime += route.reachable && !route.feasible && route.fail == Fail.TIME ? 1 : 0;
                compareEveryInsertion(m, s, route, sim, scratch, counts);
            }
        }
    }

    private static void compareEveryInsertion(Model m, Solution s, Route route, DaySimulator sim, int[] scratch, Counts counts) {
        for (int v = 0; v < m.visits; v++) {
            if (s.routeOf[v] >= 0 || !m.allowed(v, route.r)) {
                continue; // recreate never offers a visit to a day it is closed on
            }
            for (int k = 0; k <= route.len; k++) {
                double delta = route.insertDelta(v, k, sim, scratch, false);
                int fail = route.fail;
                System.arraycopy(route.seq, 0, scratch, 0, k);
                scratch[k] = v;
                System.arraycopy(route.seq, k, scratch, k + 1, route.len - k);
                boolean reference = sim.run(route.r, route.startPlace, route.night, scratch, route.len + 1);
                assertThat(delta < Double.POSITIVE_INFINITY).as("feasibility of %d before %d on route %d", v, k, route.r)
                        .isEqualTo(reference);
                if (reference) {
                    assertThat(delta).isCloseTo(sim.cost - route.cost, within(TOLERANCE));
                    counts.feasibleInsertions++;
                } else {
                    assertThat(fail).as("reason for %d before %d on route %d", v, k, route.r)
                            .isEqualTo(sim.fail == Fail.TIME ? expectTime(fail) : sim.fail);
                }
                counts.compared++;
            }
        }
    }

    /** A random problem with one route holding a random prefix of a random visit order. */
    static final class Fixture {
        final Model m;
        final DaySimulator sim;
        final Route route;
        final int[] order;
        final int[] scratch = new int[16];

        Fixture(Random rnd, Shape shape) {
            PlanningProblem p = RandomProblems.problem(rnd, shape);
            m = ModelCompiler.compile(p);
            sim = new DaySimulator(m);
            route = new Route(m, 0);
            order = new int[m.visits];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int i = order.length - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int len = rnd.nextInt(order.length);
            for (int i = 0; i < len; i++) {
                route.insert(order[i], i);
            }
            route.rebuild(sim);
        }

        int[] inserted(int v, int k) {
            int[] s = new int[route.len + 1];
            System.arraycopy(route.seq, 0, s, 0, k);
            s[k] = v;
            System.arraycopy(route.seq, k, s, k + 1, route.len - k);
            return s;
        }

        int[] removed(int i) {
            int[] s = new int[route.len - 1];
            System.arraycopy(route.seq, 0, s, 0, i);
            System.arraycopy(route.seq, i + 1, s, i, route.len - i - 1);
            return s;
        }
    }
}
