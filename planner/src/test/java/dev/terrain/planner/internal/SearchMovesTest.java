package dev.terrain.planner.internal;

import dev.terrain.planner.bench.RepWeekFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The parts of a step that choose what recreate works on: the visits it is offered (after a ruin, and after a night
 * asked for near home), and the exchange of two days.
 */
class SearchMovesTest {

    private final Model m = ModelCompiler.compile(RepWeekFixture.create(1).problem());

    @Test
    void recreateIsOfferedTheRemovedVisitsTheAbsentOnesNearThemAndAFewOthers() {
        Search search = new Search(m, 1, 10);
        search.construct();
        DaySimulator sim = new DaySimulator(m);
        Rng rng = new Rng(2);
        int[] out = new int[m.visits];
        int checked = 0;
        int others = 0;
        int othersOffered = 0;
        for (int trial = 0; trial < 50; trial++) {
            search.candidate.copyFrom(search.current);
            new Ruin(m).ruin(search.candidate, rng, 10, out, sim);
            int count = search.collectOffered(search.candidate, out);
            Set<Integer> offered = new HashSet<>();
            for (int i = 0; i < count; i++) {
                assertThat(offered.add(out[i])).as("offered twice: %d", out[i]).isTrue();
            }
            Set<Integer> expected = new HashSet<>();
            int absent = 0;
            for (int v = 0; v < m.visits; v++) {
                absent += search.candidate.routeOf[v] < 0 ? 1 : 0;
                if (search.candidate.routeOf[v] < 0 && search.current.routeOf[v] >= 0) {
                    expected.add(v);
                    for (int j = 0; j < Search.NEAR_ABSENT; j++) {
                        int u = m.neighbours[v][j];
                        if (search.candidate.routeOf[u] < 0) {
                            expected.add(u);
                        }
                    }
                }
            }
            assertThat(offered).containsAll(expected);
            for (int v : offered) {
                assertThat(search.candidate.routeOf[v]).as("offered %d is planned", v).isNegative();
            }
            assertThat(count).isLessThan(absent);
            others += absent - expected.size();
            othersOffered += offered.size() - expected.size();
            checked += count;
        }
        assertThat(checked).isGreaterThan(500);
        assertThat((double) othersOffered / others).as("share of the other absent visits offered")
                .isBetween(Search.FAR_ABSENT_SHARE / 2, Search.FAR_ABSENT_SHARE * 2);
    }

    @Test
    void theOptionalVisitsAbsentBeforeTheStepAreMarkedForTheChangedDaysOnly() {
        Search search = new Search(m, 1, 10);
        search.construct();
        for (int i = 0; i < 300; i++) {
            search.step(0.5);
        }
        DaySimulator sim = new DaySimulator(m);
        Rng rng = new Rng(3);
        int[] out = new int[m.visits];
        int marked = 0;
        for (int trial = 0; trial < 50; trial++) {
            search.candidate.copyFrom(search.current);
            new Ruin(m).ruin(search.candidate, rng, 10, out, sim);
            int count = search.collectOffered(search.candidate, out);
            for (int i = 0; i < count; i++) {
                int v = out[i];
                boolean takenOut = search.current.routeOf[v] >= 0;
                assertThat(search.recreate.changedRoutesOnly[v]).as("visit %d, taken out: %s", v, takenOut)
                        .isEqualTo(!takenOut && !m.mandatory[v]);
                marked += search.recreate.changedRoutesOnly[v] ? 1 : 0;
                // collectOffered is called here without recreate, which would clear the mark, so it is cleared by hand
                search.recreate.changedRoutesOnly[v] = false;
            }
        }
        assertThat(marked).isGreaterThan(1_000);
        search.candidate.copyFrom(search.current);
        for (int i = 0; i < 20; i++) {
            search.step(0.5);
        }
        for (int v = 0; v < m.visits; v++) {
            assertThat(search.recreate.changedRoutesOnly[v]).as("left marked after a step: %d", v).isFalse();
        }
    }

    @Test
    void aVisitMarkedForTheChangedDaysIsNotPutOnADayTheStepLeftAlone() {
        Search search = new Search(m, 1, 10);
        search.construct();
        Solution s = search.candidate;
        DaySimulator sim = new DaySimulator(m);
        Rng rng = new Rng(4);
        int onUnchangedDay = 0;
        for (int v = 0; v < m.visits; v++) {
            int home = search.current.routeOf[v];
            if (home < 0 || m.mandatory[v]) {
                continue;
            }
            // v left out of its day before the step; the step then changes one other day only
            s.copyFrom(search.current);
            s.unplan(v);
            s.refresh(home, sim);
            s.totals();
            java.util.Arrays.fill(s.changed, false);
            int other = (home + 1) % s.routes.length;
            if (s.routes[other].len > 0) {
                s.unplan(s.routes[other].seq[0]);
                s.refresh(other, sim);
            }
            search.recreate.findBest(s, v, rng, 0);
            int free = search.recreate.bestRoute;
            onUnchangedDay += free >= 0 && !s.changed[free] ? 1 : 0;
            search.recreate.changedRoutesOnly[v] = true;
            search.recreate.findBest(s, v, rng, 0);
            search.recreate.changedRoutesOnly[v] = false;
            if (search.recreate.bestRoute >= 0) {
                assertThat(s.changed[search.recreate.bestRoute]).as("visit %d put on day %d", v, search.recreate.bestRoute).isTrue();
            }
        }
        assertThat(onUnchangedDay).as("visits that would have gone back on their unchanged day").isGreaterThan(20);
    }

    @Test
    void aNightAskedForNearHomeBringsAFarVisitAndTheAbsentOnesNearItToRecreate() {
        Search search = new Search(m, 1, 10);
        search.construct();
        int[] out = new int[m.visits];
        int days = 0;
        for (int day = 0; day < m.routes.length; day++) {
            RouteSpec spec = m.routes[day];
            if (!spec.nightAllowed) {
                continue;
            }
            days++;
            search.candidate.copyFrom(search.current);
            int before = search.collectOffered(search.candidate, out);
            int count = search.offerFarAway(search.candidate, day, out, before);
            Set<Integer> offered = new HashSet<>();
            for (int i = 0; i < count; i++) {
                assertThat(offered.add(out[i])).as("offered twice: %d", out[i]).isTrue();
                assertThat(search.candidate.routeOf[out[i]]).as("offered %d is planned", out[i]).isNegative();
            }
            int far = 0;
            for (int i = before; i < count; i++) {
                far += m.allowed(out[i], day) && m.dist(m.place[out[i]], spec.endPlace) >= spec.nightMinDistance ? 1 : 0;
            }
            assertThat(count - before).as("visits added for day %d", day).isGreaterThan(5);
            assertThat(far).as("far visits open on day %d", day).isPositive();
        }
        assertThat(days).isEqualTo(4);
    }

    @Test
    void exchangingTwoDaysMovesTheirVisitsAndNightsAndKeepsEveryDayFeasible() {
        Search search = searchWithNights();
        Solution s = search.current;
        int moved = 0;
        int nights = 0;
        for (int r1 = 0; r1 < s.routes.length; r1++) {
            for (int r2 = 0; r2 < s.routes.length; r2++) {
                if (r1 == r2) {
                    continue;
                }
                Solution before = new Solution(m);
                before.copyFrom(search.current);
                Solution after = new Solution(m);
                after.copyFrom(before);
                search.exchangeDays(after, r1, r2);
                assertThat(after.routes).allSatisfy(route -> assertThat(route.feasible).as("day %d", route.r).isTrue());
                assertConsistent(after);
                moved += assertMovedInOrder(before.routes[r1], after.routes[r2]);
                moved += assertMovedInOrder(before.routes[r2], after.routes[r1]);
                if (before.routes[r1].night && m.routes[r2].nightAllowed && after.routes[r2].night) {
                    nights++;
                }
                assertThat(after.routes[r1].night && !m.routes[r1].nightAllowed).as("a night where none is allowed").isFalse();
            }
        }
        assertThat(moved).as("visits that moved day").isGreaterThan(200);
        assertThat(nights).as("nights that moved with their trip").isGreaterThan(0);
    }

    /**
     * The day after a changed one is rebuilt only when its start moves ({@link Solution#refresh}); after every step
     * each day of the current and the candidate plan must still be what a fresh rebuild makes of it, starting
     * where the day before ends.
     */
    @Test
    void afterEveryStepEachDayIsWhatARebuildMakesOfIt() {
        DaySimulator sim = new DaySimulator(m);
        int nights = 0;
        for (int seed = 1; seed <= 4; seed++) {
            Search search = new Search(m, seed, 10);
            search.construct();
            for (int i = 0; i < 1500; i++) {
                search.step(Math.pow(0.02, i / 1500.0));
                for (Solution s : List.of(search.current, search.candidate)) {
                    for (Route day : s.routes) {
                        int before = m.routes[day.r].previous;
                        int start = before >= 0 && s.routes[before].night ? s.routes[before].lastPlace() : m.routes[day.r].startPlace;
                        assertThat(day.startPlace).as("start of day %d, seed %d, step %d", day.r, seed, i).isEqualTo(start);
                        Route rebuilt = new Route(m, day.r);
                        rebuilt.copyFrom(day);
                        rebuilt.rebuild(sim);
                        assertThat(day.feasible).as("day %d, seed %d, step %d", day.r, seed, i).isEqualTo(rebuilt.feasible);
                        assertThat(day.cost).as("cost of day %d, seed %d, step %d", day.r, seed, i)
                                .isCloseTo(rebuilt.cost, within(1e-6));
                        nights += day.night ? 1 : 0;
                    }
                }
            }
        }
        assertThat(nights).as("days with a night away along the searches").isGreaterThan(100);
    }

    /** A search on the week whose current plan has a night away (the first solver seed that finds one). */
    private Search searchWithNights() {
        for (int seed = 1; seed <= 10; seed++) {
            Search search = new Search(m, seed, 10);
            search.construct();
            for (int i = 0; i < 3000; i++) {
                search.step(Math.pow(0.02, i / 3000.0));
            }
            if (search.current.nights > 0) {
                return search;
            }
        }
        throw new AssertionError("no plan with a night away in ten searches");
    }

    /** What is still planned on the new day came from the old one, in the same order, and may be done that day. */
    private int assertMovedInOrder(Route from, Route to) {
        List<Integer> old = new ArrayList<>();
        for (int i = 0; i < from.len; i++) {
            old.add(from.seq[i]);
        }
        int last = -1;
        for (int i = 0; i < to.len; i++) {
            int at = old.indexOf(to.seq[i]);
            assertThat(at).as("visit %d on day %d came from day %d", to.seq[i], to.r, from.r).isGreaterThan(last);
            assertThat(m.allowed(to.seq[i], to.r)).isTrue();
            last = at;
        }
        return to.len;
    }

    private void assertConsistent(Solution s) {
        double value = 0;
        for (Route route : s.routes) {
            for (int i = 0; i < route.len; i++) {
                assertThat(s.routeOf[route.seq[i]]).isEqualTo(route.r);
                value += m.value[route.seq[i]];
            }
        }
        assertThat(s.value).isCloseTo(value, within(1e-6));
    }
}
