package dev.terrain.planner.internal;

import dev.terrain.planner.bench.RepWeekFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * How the warm search judges a step that changes the nights away: by its value plus the drive it saves, priced at
 * what the week earns per second of shift over what a second of driving costs.
 */
class NightCreditTest {

    private static final int MONDAY = 0;
    private static final int TUESDAY = 1;
    private static final int WEDNESDAY = 2;
    private static final int THURSDAY = 3;

    private final Model m = ModelCompiler.compile(RepWeekFixture.create(1).problem());

    @Test
    void aStepChangesTheNightsWhenSomeDayEndsAwayInOneSolutionAndAtHomeInTheOther() {
        assertThat(differ(nights(WEDNESDAY), nights(TUESDAY, WEDNESDAY))).isTrue();
        assertThat(differ(nights(TUESDAY, WEDNESDAY), nights(WEDNESDAY))).isTrue();
        assertThat(differ(nights(WEDNESDAY), nights(THURSDAY))).isTrue();
        assertThat(differ(nights(), nights(MONDAY))).isTrue();
        assertThat(differ(nights(WEDNESDAY), nights(WEDNESDAY))).isFalse();
        assertThat(differ(nights(), nights())).isFalse();
    }

    @Test
    void theExchangeRateIsTheValuePerSecondOfShiftOverTheCostPerSecondOfDriving() {
        Search search = new Search(m, 1, 10);
        search.construct();
        for (int i = 0; i < 3000; i++) {
            search.step(0.5);
        }
        Solution best = search.best;
        double shiftSeconds = RepWeekFixture.DAYS * (10.5 * 3600 - 45 * 60);
        double drive = 0;
        for (Route route : best.routes) {
            drive += route.drive;
        }
        double costPerDriveSecond = (best.cost - best.nights * m.nightCost) / drive;
        assertThat(search.exchangeRate()).isCloseTo(best.value / shiftSeconds / costPerDriveSecond, within(1e-9));
        assertThat(search.exchangeRate()).as("a unit of cost is worth about a unit of value in a good plan of the week").isBetween(0.5, 1.5);
    }

    @Test
    void aStepThatChangesTheNightsIsCreditedWithTheDriveItSavesWhileTheSearchIsWarm() {
        Search search = new Search(m, 1, 10);
        search.construct();
        Solution current = search.current;
        Solution candidate = search.candidate;
        setNights(current, WEDNESDAY);
        current.value = 2000;
        current.cost = 1500;
        current.nights = 1;
        setNights(candidate, TUESDAY, WEDNESDAY);
        candidate.value = 1990;
        candidate.cost = 1400;
        candidate.nights = 2;
        double rate = search.exchangeRate();
        double driveSaved = (1500 - m.nightCost) - (1400 - 2 * m.nightCost);
        assertThat(search.judgedValueChange()).isCloseTo(-10 + rate * driveSaved, within(1e-9));
        assertThat(rate * driveSaved).as("the drive saved outweighs the visits lost").isGreaterThan(10);
        double warm = Search.NIGHTS_CREDITED_ABOVE * 2;
        double cool = Search.NIGHTS_CREDITED_ABOVE / 2;
        assertThat(search.accepts(0, warm)).as("taken without any noise while warm").isTrue();
        assertThat(search.accepts(0, cool)).as("judged on value alone once cool").isFalse();

        setNights(candidate, WEDNESDAY);
        candidate.nights = 1;
        assertThat(search.judgedValueChange()).as("the same nights: judged on value alone").isCloseTo(-10, within(1e-9));
        assertThat(search.accepts(0, warm)).isFalse();

        setNights(candidate);
        candidate.nights = 0;
        candidate.value = 2010;
        candidate.cost = 1500;
        assertThat(search.judgedValueChange()).as("a night dropped is charged with the drive it adds")
                .isCloseTo(10 + rate * ((1500 - m.nightCost) - 1500), within(1e-9));
        assertThat(search.accepts(0, warm)).as("a visit gained does not pay for the drive home and back").isFalse();
        assertThat(search.accepts(0, cool)).isTrue();
    }

    private boolean differ(boolean[] before, boolean[] after) {
        Solution a = new Solution(m);
        Solution b = new Solution(m);
        for (int r = 0; r < m.routes.length; r++) {
            a.routes[r].night = before[r];
            b.routes[r].night = after[r];
        }
        return Search.nightsDiffer(a, b);
    }

    private boolean[] nights(int... days) {
        boolean[] nights = new boolean[m.routes.length];
        for (int day : days) {
            nights[day] = true;
        }
        return nights;
    }

    private void setNights(Solution s, int... days) {
        boolean[] nights = nights(days);
        for (int r = 0; r < m.routes.length; r++) {
            s.routes[r].night = nights[r];
        }
    }
}
