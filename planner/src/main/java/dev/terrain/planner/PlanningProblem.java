package dev.terrain.planner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Everything the planner needs: travel, resources with their days, candidate visits and cost weights. */
public record PlanningProblem(TravelModel travel, List<Resource> resources, List<Visit> visits, CostWeights weights) {

    public PlanningProblem {
        if (travel == null) {
            throw new IllegalArgumentException("travel must not be null");
        }
        resources = List.copyOf(resources);
        visits = List.copyOf(visits);
        if (weights == null) {
            weights = CostWeights.distanceOnly();
        }
        int places = travel.size();
        Set<String> ids = new HashSet<>();
        for (Resource r : resources) {
            if (!ids.add("resource:" + r.id())) {
                throw new IllegalArgumentException("resource id " + r.id() + " is used twice");
            }
            for (WorkDay d : r.days()) {
                if (d.startPlace() >= places || d.endPlace() >= places) {
                    throw new IllegalArgumentException("resource " + r.id() + " day " + d.day() + " uses a place outside the travel model");
                }
            }
        }
        for (Visit v : visits) {
            if (!ids.add("visit:" + v.id())) {
                throw new IllegalArgumentException("visit id " + v.id() + " is used twice");
            }
            if (v.place() >= places) {
                throw new IllegalArgumentException("visit " + v.id() + " uses place " + v.place() + " outside the travel model");
            }
        }
    }
}
