package dev.terrain.planner.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SolutionCheckerTest {

    /**
     * Depot at (0,0) open until 100, two vehicles of capacity 10. Customers on a small square:
     * 1 at (3,4) window [0,20], 2 at (3,5) window [10,30], 3 at (0,7) window [0,100], each demand 4,
     * service 2, scores 5, 6, 7.
     */
    static Instance tiny(Instance.Kind kind) {
        return new Instance("TINY", kind, 2, kind == Instance.Kind.VRPTW ? 10 : Double.POSITIVE_INFINITY, List.of(
                new Site(0, 0, 0, 0, 0, 0, 100, 0),
                new Site(1, 3, 4, 4, 5, 0, 20, 2),
                new Site(2, 3, 5, 4, 6, 10, 30, 2),
                new Site(3, 0, 7, 4, 7, 0, 100, 2)));
    }

    @Test
    void acceptsAFeasibleSolutionAndSumsTruncatedArcs() {
        Verdict verdict = SolutionChecker.check(tiny(Instance.Kind.VRPTW), List.of(List.of(1, 2), List.of(3)));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.feasible()).isTrue();
        // 0->1 5.0, 1->2 1.0, 2->0 sqrt(34)=5.83 -> 5.8, 0->3 7.0 and back 7.0
        assertThat(verdict.distance()).isCloseTo(25.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(verdict.routes()).isEqualTo(2);
        assertThat(verdict.served()).isEqualTo(3);
    }

    @Test
    void detectsAMissingCustomer() {
        Verdict verdict = SolutionChecker.check(tiny(Instance.Kind.VRPTW), List.of(List.of(1, 2)));

        assertThat(verdict.breaks(Violation.Type.MISSING)).isTrue();
        assertThat(verdict.violations()).extracting(Violation::message).containsExactly("customer 3 is not served");
    }

    @Test
    void allowsLeavingCustomersOutInToptwAndSumsTheScore() {
        Verdict verdict = SolutionChecker.check(tiny(Instance.Kind.TOPTW), List.of(List.of(1, 2)));

        assertThat(verdict.feasible()).isTrue();
        assertThat(verdict.score()).isEqualTo(11);
    }

    @Test
    void detectsADuplicate() {
        Verdict verdict = SolutionChecker.check(tiny(Instance.Kind.TOPTW), List.of(List.of(1, 2), List.of(3, 2)));

        assertThat(verdict.breaks(Violation.Type.DUPLICATE)).isTrue();
    }

    @Test
    void detectsAnUnknownCustomerAndTheDepotInsideARoute() {
        Verdict verdict = SolutionChecker.check(tiny(Instance.Kind.TOPTW), List.of(List.of(0, 9)));

        assertThat(verdict.violations()).filteredOn(v -> v.type() == Violation.Type.UNKNOWN_CUSTOMER).hasSize(2);
    }

    @Test
    void detectsCapacity() {
        Verdict verdict = SolutionChecker.check(tiny(Instance.Kind.VRPTW), List.of(List.of(1, 2, 3)));

        assertThat(verdict.breaks(Violation.Type.CAPACITY)).isTrue();
    }

    @Test
    void detectsAStartAfterTheDueDate() {
        // 0 -> 2 takes 7, service until 9; 2 -> 1 is sqrt(18) = 4.24, truncated 4.2: start at 13.2 > 6
        Instance late = new Instance("LATE", Instance.Kind.VRPTW, 2, 100, List.of(
                new Site(0, 0, 0, 0, 0, 0, 100, 0),
                new Site(1, 3, 4, 1, 0, 0, 6, 2),
                new Site(2, 0, 7, 1, 0, 0, 100, 2)));

        Verdict verdict = SolutionChecker.check(late, List.of(List.of(2, 1)));

        assertThat(verdict.breaks(Violation.Type.TIME_WINDOW)).isTrue();
        assertThat(verdict.violations()).extracting(Violation::message)
                .containsExactly("route 0 starts customer 1 at 13.20, after its due date 6.00");
    }

    @Test
    void waitsForTheReadyTimeWithoutViolation() {
        Verdict verdict = SolutionChecker.check(tiny(Instance.Kind.VRPTW), List.of(List.of(2), List.of(1, 3)));

        assertThat(verdict.feasible()).isTrue();
    }

    @Test
    void detectsALateReturn() {
        Instance shortDay = new Instance("SHORT", Instance.Kind.TOPTW, 1, Double.POSITIVE_INFINITY, List.of(
                new Site(0, 0, 0, 0, 0, 0, 15, 0),
                new Site(1, 3, 4, 0, 1, 0, 100, 2),
                new Site(2, 0, 7, 0, 1, 0, 100, 2)));

        assertThat(SolutionChecker.check(shortDay, List.of(List.of(1))).feasible()).isTrue();
        assertThat(SolutionChecker.check(shortDay, List.of(List.of(1, 2))).breaks(Violation.Type.LATE_RETURN)).isTrue();
    }

    @Test
    void acceptsATimeEqualToTheDueDate() {
        Instance exact = new Instance("EXACT", Instance.Kind.VRPTW, 1, 10, List.of(
                new Site(0, 0, 0, 0, 0, 0, 12, 0),
                new Site(1, 3, 4, 1, 0, 0, 5, 2)));

        assertThat(SolutionChecker.check(exact, List.of(List.of(1))).feasible()).isTrue();
    }

    @Test
    void detectsTooManyRoutesButIgnoresEmptyOnes() {
        Instance tiny = tiny(Instance.Kind.TOPTW);

        assertThat(SolutionChecker.check(tiny, List.of(List.of(1), List.of(), List.of(3))).feasible()).isTrue();
        assertThat(SolutionChecker.check(tiny, List.of(List.of(1), List.of(2), List.of(3))).breaks(Violation.Type.TOO_MANY_ROUTES)).isTrue();
    }
}
