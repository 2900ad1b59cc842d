package dev.terrain.planner;

import dev.terrain.planner.bench.RepWeekFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Re-plans: a previous plan of the rep's week laid onto the week as it is after a change, then improved. */
class ReplanTest {

    private static final RepWeekFixture WEEK = RepWeekFixture.create(1);
    private static final double HOUR = 3600;
    private static Plan previous;

    @BeforeAll
    static void planTheWeek() {
        previous = Planner.solve(WEEK.problem(), SolverSettings.forIterations(20_000).withSeed(1));
        assertThat(nights(previous)).as("the week's plan spends a night away").contains("N");
    }

    @Test
    void aReplanOfTheSameWeekKeepsEveryVisitAndNight() {
        SolverSettings oneStep = SolverSettings.forIterations(1).withSeed(2);
        Plan again = Planner.replan(WEEK.problem(), previous, oneStep);

        assertThat(visitIds(again)).containsAll(visitIds(previous));
        assertThat(nights(again)).isEqualTo(nights(previous));
        assertThat(again.score().atLeastAsGoodAs(previous.score())).isTrue();
        assertThat(Planner.solve(WEEK.problem(), oneStep).score().value())
                .as("a plan from scratch after one step").isLessThan(previous.score().value() - 100);
    }

    @Test
    void aCancelledVisitLeavesThePlanAndTheOthersStay() {
        DayRoute day = previous.routes().stream().filter(r -> r.stops().size() >= 3 && r.overnight() == null)
                .findFirst().orElseThrow();
        String cancelled = day.stops().get(1).visitId();
        PlanningProblem changed = withVisits(WEEK.problem().visits().stream()
                .filter(v -> !v.id().equals(cancelled)).toList(), WEEK.rep());

        Plan again = Planner.replan(changed, previous, SolverSettings.forIterations(1).withSeed(2));

        Set<String> others = visitIds(previous);
        others.remove(cancelled);
        assertThat(visitIds(again)).doesNotContain(cancelled).containsAll(others);
        assertThat(nights(again)).isEqualTo(nights(previous));
        assertThat(PlanChecker.violations(changed, again)).isEmpty();
    }

    @Test
    void aCancelledLastVisitBeforeANightLeavesTheRestOfTheTripInPlace() {
        DayRoute trip = previous.routes().stream().filter(r -> r.overnight() != null).findFirst().orElseThrow();
        String cancelled = trip.stops().get(trip.stops().size() - 1).visitId();
        PlanningProblem changed = withVisits(WEEK.problem().visits().stream()
                .filter(v -> !v.id().equals(cancelled)).toList(), WEEK.rep());

        Plan again = Planner.replan(changed, previous, SolverSettings.forIterations(1).withSeed(2));

        Set<String> others = visitIds(previous);
        others.remove(cancelled);
        assertThat(visitIds(again)).containsAll(others);
        assertThat(PlanChecker.violations(changed, again)).isEmpty();
    }

    @Test
    void anAppointmentAddedLaterIsKeptAndMostOfThePlanStays() {
        Set<String> planned = visitIds(previous);
        Visit customer = WEEK.problem().visits().stream()
                .filter(v -> !planned.contains(v.id()) && !v.mandatory()).findFirst().orElseThrow();
        Pin thursdayEleven = new Pin(3, new TimeWindow(11 * HOUR, 11.5 * HOUR), RepWeekFixture.REP);
        List<Visit> visits = new ArrayList<>(WEEK.problem().visits());
        visits.replaceAll(v -> v.id().equals(customer.id()) ? v.pinnedTo(thursdayEleven) : v);
        PlanningProblem changed = withVisits(visits, WEEK.rep());

        Plan again = Planner.replan(changed, previous, SolverSettings.forIterations(2_000).withSeed(3));

        assertThat(again.score().hardViolations()).isZero();
        Stop appointment = again.routes().get(3).stops().stream()
                .filter(s -> s.visitId().equals(customer.id())).findFirst().orElseThrow();
        assertThat(appointment.start()).isBetween(11 * HOUR - 1e-6, 11.5 * HOUR + 1e-6);
        assertThat(PlanChecker.violations(changed, again)).isEmpty();
        Set<String> kept = visitIds(again);
        kept.retainAll(planned);
        assertThat(kept.size()).as("visits of the plan before that stay").isGreaterThan(planned.size() * 8 / 10);
    }

    @Test
    void daysAndVisitsTheWeekNoLongerHasAreLeftOutAndShortenedDaysAreCutBack() {
        Set<String> removed = previous.routes().get(2).stops().stream().limit(3).map(Stop::visitId)
                .collect(Collectors.toSet());
        List<WorkDay> days = new ArrayList<>();
        for (WorkDay d : WEEK.rep().days()) {
            if (d.day() == 0) {
                days.add(new WorkDay(0, d.shiftStart(), 14 * HOUR, d.startPlace(), d.endPlace(), d.breaks(),
                        d.maxWorkingTime(), d.maxDrivingTime(), 0));
            } else if (d.day() < 4) {
                days.add(d);
            }
        }
        Resource shorterWeek = new Resource(RepWeekFixture.REP, WEEK.rep().capacity(), days, WEEK.rep().overnight());
        PlanningProblem changed = withVisits(WEEK.problem().visits().stream()
                .filter(v -> !removed.contains(v.id())).toList(), shorterWeek);

        Plan again = Planner.replan(changed, previous, SolverSettings.forIterations(1).withSeed(2));

        assertThat(PlanChecker.violations(changed, again)).isEmpty();
        assertThat(again.routes()).hasSize(4);
        assertThat(visitIds(again)).doesNotContainAnyElementsOf(removed);
        DayRoute monday = again.routes().get(0);
        assertThat(monday.returnTime()).isLessThanOrEqualTo(14 * HOUR + 1e-6);
        Set<String> stillThere = new HashSet<>();
        previous.routes().subList(1, 4).forEach(r -> r.stops().forEach(stop -> stillThere.add(stop.visitId())));
        stillThere.removeAll(removed);
        Set<String> kept = visitIds(again);
        kept.retainAll(stillThere);
        assertThat(kept.size()).as("Tuesday to Thursday's visits that stay").isGreaterThanOrEqualTo(stillThere.size() * 3 / 4);
    }

    @Test
    void aReplanOnTwoThreadsKeepsAtLeastThePreviousPlansScore() {
        Plan again = Planner.replan(WEEK.problem(), previous, SolverSettings.forIterations(300).withThreads(2).withSeed(5));

        assertThat(again.score().atLeastAsGoodAs(previous.score())).isTrue();
        assertThat(PlanChecker.violations(WEEK.problem(), again)).isEmpty();
    }

    @Test
    void aVisitThePreviousPlanListsTwiceIsPlannedOnceWhereItCameFirst() {
        DayRoute monday = previous.routes().get(0);
        DayRoute tuesday = previous.routes().get(1);
        Stop twice = monday.stops().get(0);
        List<Stop> tuesdayStops = new ArrayList<>(tuesday.stops());
        tuesdayStops.add(0, twice);
        List<DayRoute> routes = new ArrayList<>(previous.routes());
        routes.set(1, new DayRoute(tuesday.resourceId(), tuesday.day(), tuesday.startPlace(), tuesday.departure(),
                tuesdayStops, tuesday.breaks(), tuesday.returnLeg(), tuesday.returnTime(), tuesday.overnight(), tuesday.totals()));
        Plan doubled = new Plan(routes, previous.unplanned(), previous.totals(), previous.score(), previous.iterations());

        Plan again = Planner.replan(WEEK.problem(), doubled, SolverSettings.forIterations(1).withSeed(2));

        assertThat(PlanChecker.violations(WEEK.problem(), again)).isEmpty();
        assertThat(again.routes().get(0).stops()).extracting(Stop::visitId).contains(twice.visitId());
        assertThat(again.routes().get(1).stops()).extracting(Stop::visitId).doesNotContain(twice.visitId());
    }

    @Test
    void aPlanOfAnotherRepGivesNoStartAndTheWeekIsPlannedAsNew() {
        List<DayRoute> routes = previous.routes().stream().map(r -> new DayRoute("someone else", r.day(), r.startPlace(),
                r.departure(), r.stops(), r.breaks(), r.returnLeg(), r.returnTime(), r.overnight(), r.totals())).toList();
        Plan ofAnother = new Plan(routes, previous.unplanned(), previous.totals(), previous.score(), previous.iterations());
        SolverSettings oneStep = SolverSettings.forIterations(1).withSeed(2);

        Plan again = Planner.replan(WEEK.problem(), ofAnother, oneStep);

        assertThat(PlanChecker.violations(WEEK.problem(), again)).isEmpty();
        assertThat(again.score().value()).isLessThan(previous.score().value() - 100);
    }

    @Test
    void theSameSeedReplansTheSameWay() {
        SolverSettings settings = SolverSettings.forIterations(500).withSeed(4);
        assertThat(Planner.replan(WEEK.problem(), previous, settings))
                .isEqualTo(Planner.replan(WEEK.problem(), previous, settings));
    }

    @Test
    void aReplanNeedsThePreviousPlan() {
        assertThatThrownBy(() -> Planner.replan(WEEK.problem(), null, SolverSettings.forIterations(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("previous plan");
        assertThatThrownBy(() -> Planner.replan(null, previous, SolverSettings.forIterations(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("problem");
        assertThatThrownBy(() -> Planner.replan(WEEK.problem(), previous, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("settings");
    }

    private static PlanningProblem withVisits(List<Visit> visits, Resource rep) {
        PlanningProblem week = WEEK.problem();
        return new PlanningProblem(week.travel(), List.of(rep), visits, week.weights());
    }

    private static Set<String> visitIds(Plan plan) {
        Set<String> ids = new HashSet<>();
        plan.routes().forEach(r -> r.stops().forEach(s -> ids.add(s.visitId())));
        return ids;
    }

    private static String nights(Plan plan) {
        StringBuilder pattern = new StringBuilder();
        plan.routes().forEach(r -> pattern.append(r.overnight() != null ? 'N' : '-'));
        return pattern.toString();
    }
}
