package dev.terrain.planner.internal;

import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.Resource;
import dev.terrain.planner.bench.ProblemAdapter;
import dev.terrain.planner.bench.RepWeekFixture;
import dev.terrain.planner.bench.VrptwReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Recombining the day routes of accepted plans: the best combination, checked against all combinations of the
 * routes recorded, on random plans of a generated week with nights away.
 */
class RoutePoolTest {

    private Model m = ModelCompiler.compile(RepWeekFixture.create(1).problem());
    private DaySimulator sim = new DaySimulator(m);

    @Test
    void theRecombinedPlanIsTheBestCombinationOfTheRecordedRoutes() {
        assertBestCombination(9);
    }

    @Test
    void eachRepKeepsItsOwnWeeklyBoundOnNights() {
        RepWeekFixture week = RepWeekFixture.create(1);
        PlanningProblem one = week.problem();
        Resource rep = week.rep();
        Resource second = new Resource("second rep", rep.capacity(), rep.days(), rep.overnight());
        m = ModelCompiler.compile(new PlanningProblem(one.travel(), List.of(rep, second), one.visits(), one.weights()));
        sim = new DaySimulator(m);
        assertThat(m.routes).hasSize(2 * RepWeekFixture.DAYS);
        assertBestCombination(4);
    }

    private void assertBestCombination(int plans) {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            RoutePool pool = new RoutePool(m);
            List<List<Route>> byDay = new ArrayList<>();
            for (int r = 0; r < m.routes.length; r++) {
                byDay.add(new ArrayList<>());
            }
            for (int plan = 0; plan < plans; plan++) {
                Solution s = randomPlan(random);
                for (Route route : s.routes) {
                    pool.record(route);
                    if (route.feasible && route.len > 0) {
                        Route copy = new Route(m, route.r);
                        copy.copyFrom(route);
                        byDay.get(route.r).add(copy);
                    }
                }
            }
            Best expected = bruteForce(byDay);
            Solution empty = emptyPlan();
            boolean better = expected.better(empty);
            assertThat(pool.recombine(empty, sim)).as("seed %d", seed).isEqualTo(better);
            assertThat(empty.hard).as("seed %d", seed).isEqualTo(expected.hard);
            assertThat(empty.value).as("seed %d", seed).isCloseTo(expected.value, within(1e-6));
            assertThat(empty.cost).as("seed %d", seed).isCloseTo(expected.cost, within(1e-6));
            assertThat(empty.valid).isTrue();
            assertThat(nightsKeptWhereTheyLead(empty)).isTrue();
        }
    }

    @Test
    void aPlanAtLeastAsGoodAsEveryCombinationIsLeftAsItIs() {
        Random random = new Random(7);
        RoutePool pool = new RoutePool(m);
        Solution best = null;
        for (int plan = 0; plan < 5; plan++) {
            Solution s = randomPlan(random);
            for (Route route : s.routes) {
                pool.record(route);
            }
            if (s.valid && (best == null || s.betterThan(best))) {
                best = s;
            }
        }
        assertThat(best).isNotNull();
        assertThat(pool.recombine(best, sim)).isTrue();
        Solution recombined = best;
        double value = recombined.value;
        double cost = recombined.cost;
        assertThat(pool.recombine(recombined, sim)).as("nothing better than the best combination").isFalse();
        assertThat(recombined.value).isEqualTo(value);
        assertThat(recombined.cost).isEqualTo(cost);
    }

    @Test
    void aRouteIsRecordedOnceInItsCheapestOrder() {
        Solution s = emptyPlan();
        int[] visits = nearVisits(0, 3);
        for (int v : visits) {
            s.place(v, 0, s.routes[0].len);
        }
        s.refresh(0, sim);
        Solution reversed = emptyPlan();
        for (int i = visits.length - 1; i >= 0; i--) {
            reversed.place(visits[i], 0, reversed.routes[0].len);
        }
        reversed.refresh(0, sim);
        assertThat(s.routes[0].feasible && reversed.routes[0].feasible).isTrue();
        RoutePool pool = new RoutePool(m);
        pool.record(s.routes[0]);
        pool.record(reversed.routes[0]);
        pool.record(s.routes[0]);
        assertThat(pool.size()).isEqualTo(1);
        Solution target = emptyPlan();
        assertThat(pool.recombine(target, sim)).isTrue();
        assertThat(target.routes[0].cost).isCloseTo(Math.min(s.routes[0].cost, reversed.routes[0].cost), within(1e-9));
    }

    @Test
    void aDayWithTooManyRoutesKeepsTheMostValuable() {
        RoutePool pool = new RoutePool(m);
        int[] near = nearVisits(0, 40);
        double mostValuable = 0;
        int feasible = 0;
        for (int i = 0; i < near.length && feasible <= pool.maxKeptPerDay() + 500; i++) {
            for (int j = i + 1; j < near.length; j++) {
                for (int k = j + 1; k < near.length; k++) {
                    Solution s = emptyPlan();
                    for (int v : new int[] {near[i], near[j], near[k]}) {
                        s.place(v, 0, s.routes[0].len);
                    }
                    s.refresh(0, sim);
                    pool.record(s.routes[0]);
                    if (s.routes[0].feasible) {
                        feasible++;
                        mostValuable = Math.max(mostValuable, s.value);
                    }
                }
            }
        }
        assertThat(pool.size()).isGreaterThan(pool.maxKeptPerDay());
        assertThat(pool.kept(0)).isLessThanOrEqualTo(pool.maxKeptPerDay());
        Solution target = emptyPlan();
        assertThat(pool.recombine(target, sim)).isTrue();
        assertThat(target.value).as("the most valuable Monday is still there").isCloseTo(mostValuable, within(1e-9));
    }

    @Test
    void onlyProblemsThatChooseVisitsForTheirValueRecordRoutes() {
        Model c101 = ModelCompiler.compile(ProblemAdapter.toProblem(VrptwReader.read(Path.of("benchmarks/vrptw/solomon/C101.txt"))));
        Search planEveryVisit = new Search(c101, 1, 10);
        planEveryVisit.construct();
        assertThat(planEveryVisit.pool).as("VRPTW: every visit mandatory, the plans unchanged").isNull();
        assertThat(planEveryVisit.recombine()).isFalse();

        Search week = new Search(m, 1, 10);
        week.construct();
        assertThat(week.pool).isNotNull();
        for (int i = 0; i < 2000; i++) {
            week.step(0.2);
        }
        assertThat(week.pool.size()).as("the routes of the accepted plans").isGreaterThan(50);
        Solution before = new Solution(m);
        before.copyFrom(week.best);
        boolean improved = week.recombine();
        assertThat(improved ? week.best.betterThan(before) : !before.betterThan(week.best) && !week.best.betterThan(before)).isTrue();
        if (improved) {
            assertThat(week.current.value).isEqualTo(week.best.value);
        }
    }

    /** A random plan: per day up to three visits open that day, some days ending away after a far visit. */
    private Solution randomPlan(Random random) {
        Solution s = emptyPlan();
        for (int r = 0; r < m.routes.length; r++) {
            RouteSpec spec = m.routes[r];
            int[] near = nearVisits(r, 12);
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                int v = near[random.nextInt(near.length)];
                if (s.routeOf[v] < 0) {
                    s.place(v, r, s.routes[r].len);
                }
            }
            if (spec.nightAllowed && Nights.nightsInWeek(s, spec) < spec.maxNightsPerWeek && random.nextInt(3) == 0) {
                int far = farVisit(r, s, random);
                if (far >= 0) {
                    s.place(far, r, s.routes[r].len);
                    s.routes[r].night = true;
                }
            }
            s.refresh(r, sim);
        }
        s.totals();
        return s;
    }

    private Solution emptyPlan() {
        Solution s = new Solution(m);
        for (int r = 0; r < s.routes.length; r++) {
            s.refresh(r, sim);
        }
        s.totals();
        return s;
    }

    /** The visits open on day r nearest to its start, as many as asked. */
    private int[] nearVisits(int r, int count) {
        int home = m.routes[r].startPlace;
        return java.util.stream.IntStream.range(0, m.visits)
                .filter(v -> m.allowed(v, r) && !m.mandatory[v])
                .boxed()
                .sorted(java.util.Comparator.comparingDouble(v -> m.dist(home, m.place[v])))
                .limit(count)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private int farVisit(int r, Solution s, Random random) {
        RouteSpec spec = m.routes[r];
        for (int tries = 0; tries < 200; tries++) {
            int v = random.nextInt(m.visits);
            if (s.routeOf[v] < 0 && m.allowed(v, r) && !m.mandatory[v]
                    && m.dist(m.place[v], spec.endPlace) >= spec.nightMinDistance) {
                return v;
            }
        }
        return -1;
    }

    private boolean nightsKeptWhereTheyLead(Solution s) {
        for (int r = 0; r < s.routes.length; r++) {
            int next = m.routes[r].next;
            if (next >= 0) {
                int start = s.routes[r].night ? s.routes[r].lastPlace() : m.routes[next].startPlace;
                if (s.routes[next].startPlace != start) {
                    return false;
                }
            }
        }
        return true;
    }

    private record Best(int hard, double value, double cost) {

        boolean better(Solution s) {
            if (hard != s.hard) {
                return hard < s.hard;
            }
            if (Math.abs(value - s.value) > 1e-7) {
                return value > s.value;
            }
            return cost < s.cost - 1e-7;
        }
    }

    /** Every combination of one recorded route (or none) per day, judged as the planner judges plans. */
    private Best bruteForce(List<List<Route>> byDay) {
        Best[] best = {new Best(Integer.MAX_VALUE, 0, 0)};
        enumerate(byDay, 0, new Route[byDay.size()], best);
        return best[0];
    }

    private void enumerate(List<List<Route>> byDay, int r, Route[] chosen, Best[] best) {
        if (r == byDay.size()) {
            judge(chosen, best);
            return;
        }
        List<Route> options = new ArrayList<>(byDay.get(r));
        options.add(null);
        for (Route route : options) {
            chosen[r] = route;
            if (fitsAfter(chosen, r)) {
                enumerate(byDay, r + 1, chosen, best);
            }
        }
        chosen[r] = null;
    }

    /** Whether the route chosen for day r starts where the day before it ended and shares no visit with earlier days. */
    private boolean fitsAfter(Route[] chosen, int r) {
        Route route = chosen[r];
        int previous = m.routes[r].previous;
        boolean awayBefore = previous >= 0 && chosen[previous] != null && chosen[previous].night;
        int start = awayBefore ? chosen[previous].lastPlace() : m.routes[r].startPlace;
        if (route == null) {
            return !awayBefore;
        }
        if (route.startPlace != start) {
            return false;
        }
        for (int d = 0; d < r; d++) {
            if (chosen[d] != null) {
                for (int i = 0; i < route.len; i++) {
                    if (chosen[d].indexOf(route.seq[i]) >= 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void judge(Route[] chosen, Best[] best) {
        int mandatoryDone = 0;
        int mandatory = 0;
        double value = 0;
        double cost = 0;
        int nights = 0;
        int[] nightsByResource = new int[m.routes.length];
        for (boolean b : m.mandatory) {
            mandatory += b ? 1 : 0;
        }
        for (Route route : chosen) {
            if (route == null) {
                continue;
            }
            for (int i = 0; i < route.len; i++) {
                value += m.value[route.seq[i]];
                mandatoryDone += m.mandatory[route.seq[i]] ? 1 : 0;
            }
            cost += route.cost;
            if (route.night) {
                nights++;
                if (++nightsByResource[route.s.resource] > route.s.maxNightsPerWeek) {
                    return;
                }
            }
        }
        Best candidate = new Best(mandatory - mandatoryDone, value, cost + nights * m.nightCost);
        Best current = best[0];
        boolean better = candidate.hard != current.hard ? candidate.hard < current.hard
                : Math.abs(candidate.value - current.value) > 1e-7 ? candidate.value > current.value
                : candidate.cost < current.cost - 1e-7;
        if (better) {
            best[0] = candidate;
        }
    }
}
