package dev.terrain.planner.bench;

import dev.terrain.planner.CostWeights;
import dev.terrain.planner.DayRoute;
import dev.terrain.planner.MatrixTravelModel;
import dev.terrain.planner.OvernightPolicy;
import dev.terrain.planner.Plan;
import dev.terrain.planner.PlanningProblem;
import dev.terrain.planner.Resource;
import dev.terrain.planner.Stop;
import dev.terrain.planner.TimeWindow;
import dev.terrain.planner.Visit;
import dev.terrain.planner.WorkDay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns a benchmark instance into a planning problem and the planner's plan back into routes of customer
 * numbers. Place {@code i} of the travel model is site {@code i}; visit ids are the customer numbers.
 *
 * <ul>
 *   <li>Travel: the DIMACS matrix (Euclidean, truncated to one decimal), time equal to distance.</li>
 *   <li>Resources: one per vehicle (K) or path (m), each with a single day from the depot's ready time to
 *       its due date, no overtime, and the instance's capacity.</li>
 *   <li>VRPTW: every customer mandatory with its demand; objective distance only.</li>
 *   <li>TOPTW: every customer optional with its score as value; objective score first, then distance.</li>
 * </ul>
 */
public final class ProblemAdapter {

    private ProblemAdapter() {
    }

    public static PlanningProblem toProblem(Instance instance) {
        Site depot = instance.depot();
        List<Resource> resources = new ArrayList<>();
        for (int k = 1; k <= instance.vehicles(); k++) {
            WorkDay day = WorkDay.simple(0, depot.ready(), depot.due(), 0);
            resources.add(new Resource(resourceId(k), instance.capacity(), List.of(day), OvernightPolicy.never()));
        }
        boolean mandatory = instance.kind() == Instance.Kind.VRPTW;
        List<Visit> visits = new ArrayList<>();
        for (Site site : instance.sites().subList(1, instance.sites().size())) {
            visits.add(new Visit(Integer.toString(site.id()), site.id(), site.service(), site.score(), mandatory,
                    site.demand(), List.of(new TimeWindow(site.ready(), site.due())), Map.of(), null, null));
        }
        return new PlanningProblem(MatrixTravelModel.timeEqualsDistance(instance.arcMatrix()), resources, visits,
                CostWeights.distanceOnly());
    }

    /** The plan's routes as customer numbers, one list per resource, in resource order (empty lists kept). */
    public static List<List<Integer>> routesOf(Plan plan) {
        List<DayRoute> ordered = new ArrayList<>(plan.routes());
        ordered.sort(Comparator.comparing((DayRoute r) -> vehicleNumber(r.resourceId())).thenComparingInt(DayRoute::day));
        List<List<Integer>> routes = new ArrayList<>();
        for (DayRoute route : ordered) {
            List<Integer> customers = new ArrayList<>();
            for (Stop stop : route.stops()) {
                customers.add(Integer.parseInt(stop.visitId()));
            }
            routes.add(customers);
        }
        return routes;
    }

    private static String resourceId(int k) {
        return "vehicle-" + k;
    }

    private static int vehicleNumber(String resourceId) {
        return Integer.parseInt(resourceId.substring("vehicle-".length()));
    }
}
