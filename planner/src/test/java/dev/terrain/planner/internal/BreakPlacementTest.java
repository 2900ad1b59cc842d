package dev.terrain.planner.internal;

import dev.terrain.planner.BreakRule;
import dev.terrain.planner.CostWeights;
import dev.terrain.planner.MatrixTravelModel;
import dev.terrain.planner.OvernightPolicy;
import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.RandomProblems.Shape;
import dev.terrain.planner.Resource;
import dev.terrain.planner.TimeWindow;
import dev.terrain.planner.Visit;
import dev.terrain.planner.WorkDay;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The day simulation places breaks optimally: on random small routes its feasibility and return time
 * equal the best of every placement a brute force tries (each break in each gap, on arrival or before
 * driving on, or not at all when the day ends before the break's latest start).
 */
class BreakPlacementTest {

    @Test
    void breaksArePlacedAsWellAsEveryPlacementBruteForceTries() {
        Random rnd = new Random(21);
        int feasible = 0;
        int infeasible = 0;
        for (int trial = 0; trial < 1500; trial++) {
            RouteEvaluationTest.Fixture f = new RouteEvaluationTest.Fixture(rnd, new Shape(6, 1, true, rnd.nextBoolean(), false, false, false, false));
            RouteSpec s = f.m.routes[0];
            double brute = new BruteForce(f.m, s, f.route.seq, f.route.len).bestEnd();
            boolean ok = f.sim.run(0, s.startPlace, false, f.route.seq, f.route.len);
            boolean timeOk = ok || f.sim.fail != Fail.TIME;
            assertThat(timeOk).as("trial %d", trial).isEqualTo(!Double.isNaN(brute));
            if (timeOk) {
                assertThat(f.sim.end).as("trial %d", trial).isCloseTo(brute, within(1e-6));
                feasible++;
            } else {
                infeasible++;
            }
        }
        assertThat(feasible).isGreaterThan(200);
        assertThat(infeasible).isGreaterThan(200);
    }

    /**
     * Two breaks on arrival at the same stop: taking the first one on arrival or before driving gives the
     * same start of service (waiting absorbs both), but only on arrival is the rep free early enough for
     * the second one.
     */
    @Test
    void secondBreakOnArrivalStaysPossibleWhenTheFirstOneIsAbsorbedByWaiting() {
        double[][] d = {{0, 97.7}, {97.7, 0}};
        WorkDay day = new WorkDay(0, 19, 451, 0, 0,
                List.of(new BreakRule(87, 146, 28), new BreakRule(167, 201, 8)),
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 67);
        Visit shop = Visit.optional("shop", 1, 5, 1).withWindows(List.of(new TimeWindow(235, 256)));
        PlanningProblem problem = new PlanningProblem(MatrixTravelModel.timeEqualsDistance(d),
                List.of(new Resource("rep", Double.POSITIVE_INFINITY, List.of(day), OvernightPolicy.never())),
                List.of(shop), CostWeights.of(1, 0, 0, 0));
        Model m = ModelCompiler.compile(problem);
        int[] seq = {0};
        double brute = new BruteForce(m, m.routes[0], seq, 1).bestEnd();
        DaySimulator sim = new DaySimulator(m);

        assertThat(brute).isCloseTo(337.7, within(1e-6));
        assertThat(sim.run(0, m.routes[0].startPlace, false, seq, 1)).isTrue();
        assertThat(sim.end).isCloseTo(brute, within(1e-6));
        assertThat(sim.breaksTaken).isEqualTo(2);
    }

    /** Tries every placement of up to two breaks by plain recursion. */
    private static final class BruteForce {
        private final Model m;
        private final RouteSpec s;
        private final int[] seq;
        private final int len;
        private final int[] gap = new int[2];
        private final boolean[] onArrival = new boolean[2];
        private final boolean[] taken = new boolean[2];
        private double best = Double.NaN;

        BruteForce(Model m, RouteSpec s, int[] seq, int len) {
            this.m = m;
            this.s = s;
            this.seq = seq;
            this.len = len;
        }

        double bestEnd() {
            place(0, 0, false);
            return best;
        }

        private void place(int b, int minGap, boolean minOnArrival) {
            if (b == s.breakEarliest.length) {
                double end = simulate();
                if (!Double.isNaN(end) && (Double.isNaN(best) || end < best)) {
                    best = end;
                }
                return;
            }
            taken[b] = false;
            place(s.breakEarliest.length, 0, false);
            taken[b] = true;
            for (int g = minGap; g <= len; g++) {
                for (int mode = 0; mode < 2; mode++) {
                    boolean arrival = mode == 1;
                    if ((arrival && g == len) || (g == minGap && minOnArrival && !arrival)) {
                        continue;
                    }
                    gap[b] = g;
                    onArrival[b] = arrival;
                    place(b + 1, g, arrival);
                }
            }
            taken[b] = false;
        }

        private double simulate() {
            double t = s.shiftStart;
            int from = s.startPlace;
            int nb = s.breakEarliest.length;
            for (int k = 0; k <= len; k++) {
                for (int b = 0; b < nb; b++) {
                    if (taken[b] && gap[b] == k && !onArrival[b]) {
                        t = takeBreak(b, t);
                    }
                }
                int to = k == len ? s.endPlace : m.place[seq[k]];
                double arrive = t + m.time(from, to);
                if (Double.isNaN(t)) {
                    return Double.NaN;
                }
                if (k == len) {
                    if (arrive > s.latestEnd + Model.EPS) {
                        return Double.NaN;
                    }
                    for (int b = 0; b < nb; b++) {
                        if (!taken[b] && arrive > s.breakLatest[b] + Model.EPS) {
                            return Double.NaN;
                        }
                    }
                    return arrive;
                }
                for (int b = 0; b < nb; b++) {
                    if (taken[b] && gap[b] == k && onArrival[b]) {
                        arrive = takeBreak(b, arrive);
                    }
                }
                double start = startAt(seq[k], arrive);
                if (Double.isNaN(start)) {
                    return Double.NaN;
                }
                t = start + m.service[seq[k]];
                from = to;
            }
            return Double.NaN;
        }

        private double takeBreak(int b, double t) {
            double bs = Math.max(t, s.breakEarliest[b]);
            return bs > s.breakLatest[b] + Model.EPS ? Double.NaN : bs + s.breakDuration[b];
        }

        private double startAt(int v, double t) {
            if (Double.isNaN(t)) {
                return Double.NaN;
            }
            double[] pairs = m.windows[s.dayIndex][v];
            if (pairs == null) {
                pairs = new double[] {m.windowStart[s.dayIndex][v], m.windowEnd[s.dayIndex][v]};
            }
            for (int i = 0; i < pairs.length; i += 2) {
                if (t <= pairs[i + 1] + Model.EPS) {
                    return Math.max(t, pairs[i]);
                }
            }
            return Double.NaN;
        }
    }
}
