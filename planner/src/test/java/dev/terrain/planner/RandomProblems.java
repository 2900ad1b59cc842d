package dev.terrain.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Small random planning problems for tests that compare the planner against brute force. */
public final class RandomProblems {

    private RandomProblems() {
    }

    /** Euclidean travel (time = distance, fractional) between random points in a 100 x 100 square. */
    public static TravelModel randomTravel(Random rnd, int places) {
        double[][] d = new double[places][places];
        double[] x = new double[places];
        double[] y = new double[places];
        for (int i = 0; i < places; i++) {
            x[i] = rnd.nextInt(100);
            y[i] = rnd.nextInt(100);
        }
        for (int i = 0; i < places; i++) {
            for (int j = 0; j < places; j++) {
                d[i][j] = Math.floor(10 * Math.hypot(x[i] - x[j], y[i] - y[j])) / 10;
            }
        }
        return MatrixTravelModel.timeEqualsDistance(d);
    }

    /** Options for {@link #problem}. */
    public record Shape(int visits, int days, boolean breaks, boolean multiWindows, boolean limits, boolean nights,
                        boolean pins, boolean capacity) {
    }

    /**
     * One resource; place 0 is home; visits at places 1..n with random windows, values, some mandatory.
     */
    public static PlanningProblem problem(Random rnd, Shape shape) {
        int n = shape.visits();
        TravelModel travel = randomTravel(rnd, n + 1);
        List<WorkDay> days = new ArrayList<>();
        for (int d = 0; d < shape.days(); d++) {
            double end = 250 + rnd.nextInt(250);
            WorkDay day = new WorkDay(d, rnd.nextInt(30), end, 0, 0, List.of(),
                    shape.limits() ? 150 + rnd.nextInt(300) : Double.POSITIVE_INFINITY,
                    shape.limits() ? 100 + rnd.nextInt(200) : Double.POSITIVE_INFINITY,
                    rnd.nextBoolean() ? 0 : rnd.nextInt(80));
            if (shape.breaks()) {
                double e = 80 + rnd.nextInt(100);
                List<BreakRule> breaks = new ArrayList<>(List.of(new BreakRule(e, e + rnd.nextInt(60), 10 + rnd.nextInt(30))));
                if (rnd.nextInt(3) == 0) {
                    double e2 = e + 80 + rnd.nextInt(60);
                    breaks.add(new BreakRule(e2, e2 + rnd.nextInt(40), 5 + rnd.nextInt(15)));
                }
                day = day.withBreaks(breaks);
            }
            days.add(day);
        }
        OvernightPolicy overnight = shape.nights()
                ? new OvernightPolicy(Set.of(0, 1, 2, 3, 4, 5, 6), 20 + rnd.nextInt(40), 1 + rnd.nextInt(2))
                : OvernightPolicy.never();
        double capacity = shape.capacity() ? 10 + rnd.nextInt(20) : Double.POSITIVE_INFINITY;
        Resource rep = new Resource("rep", capacity, days, overnight);
        List<Visit> visits = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            double open = rnd.nextInt(300);
            Visit v = Visit.optional("v" + i, i, 5 + rnd.nextInt(30), 1 + rnd.nextInt(20))
                    .withWindows(List.of(new TimeWindow(open, open + 20 + rnd.nextInt(150))));
            if (shape.multiWindows() && rnd.nextBoolean()) {
                double a = rnd.nextInt(150);
                double b = a + 60 + rnd.nextInt(100);
                v = v.withWindows(List.of(new TimeWindow(a, a + 10 + rnd.nextInt(40)), new TimeWindow(b, b + 10 + rnd.nextInt(60))));
            }
            if (shape.days() > 1 && rnd.nextInt(4) == 0) {
                v = v.withWindowsOn(rnd.nextInt(shape.days()), List.of());
            }
            if (shape.capacity()) {
                v = v.withDemand(1 + rnd.nextInt(8));
            }
            if (rnd.nextInt(5) == 0) {
                v = new Visit(v.id(), v.place(), v.duration(), v.value(), true, v.demand(), v.usualWindows(),
                        v.windowsByDay(), v.allowedDays(), null);
            }
            if (shape.pins() && rnd.nextInt(5) == 0) {
                double at = rnd.nextInt(250);
                v = v.pinnedTo(new Pin(rnd.nextInt(shape.days()), new TimeWindow(at, at + 15), null));
            }
            visits.add(v);
        }
        CostWeights weights = new CostWeights(0.5, 0.5, shape.nights() ? 20 + rnd.nextInt(60) : 0, rnd.nextInt(3),
                Double.POSITIVE_INFINITY);
        return new PlanningProblem(travel, List.of(rep), visits, weights);
    }
}
