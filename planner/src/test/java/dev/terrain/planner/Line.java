package dev.terrain.planner;

import java.util.ArrayList;
import java.util.List;

/** Test places on a straight road: travel time and distance are both |x(a) - x(b)|. Place 0 is home. */
final class Line {

    private Line() {
    }

    static TravelModel of(double... positions) {
        int n = positions.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = Math.abs(positions[i] - positions[j]);
            }
        }
        return MatrixTravelModel.timeEqualsDistance(d);
    }

    /** Working days 0..days-1 from 0 to {@code end}, starting and ending at home (place 0). */
    static List<WorkDay> days(int days, double end) {
        List<WorkDay> result = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            result.add(WorkDay.simple(d, 0, end, 0));
        }
        return result;
    }

    static PlanningProblem problem(TravelModel travel, List<WorkDay> days, List<Visit> visits) {
        return new PlanningProblem(travel, List.of(Resource.of("rep", days)), visits, CostWeights.distanceOnly());
    }

    static Plan solve(PlanningProblem problem) {
        return Planner.solve(problem, SolverSettings.forIterations(2000));
    }

    static Stop stop(Plan plan, String visitId) {
        return plan.routes().stream().flatMap(r -> r.stops().stream()).filter(s -> s.visitId().equals(visitId))
                .findFirst().orElseThrow(() -> new AssertionError(visitId + " is not planned"));
    }

    static DayRoute routeOf(Plan plan, String visitId) {
        return plan.routes().stream().filter(r -> r.stops().stream().anyMatch(s -> s.visitId().equals(visitId)))
                .findFirst().orElseThrow(() -> new AssertionError(visitId + " is not planned"));
    }

    static UnplannedReason reason(Plan plan, String visitId) {
        return plan.unplanned().stream().filter(u -> u.visitId().equals(visitId)).findFirst()
                .orElseThrow(() -> new AssertionError(visitId + " is planned")).reason();
    }
}
