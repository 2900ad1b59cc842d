package dev.terrain.planner;

import java.util.List;

/**
 * A rep or a vehicle and its working days in the horizon.
 *
 * @param id        identifies the resource in the plan
 * @param capacity  how much demand one day's route may carry (use {@code Double.POSITIVE_INFINITY} for none)
 * @param days      working days, each day index at most once
 * @param overnight when nights away are allowed
 */
public record Resource(String id, double capacity, List<WorkDay> days, OvernightPolicy overnight) {

    public Resource {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("resource id must not be blank");
        }
        if (!(capacity >= 0)) {
            throw new IllegalArgumentException("capacity of " + id + " must be >= 0");
        }
        days = days.stream().sorted((a, b) -> Integer.compare(a.day(), b.day())).toList();
        for (int i = 1; i < days.size(); i++) {
            if (days.get(i).day() == days.get(i - 1).day()) {
                throw new IllegalArgumentException("resource " + id + " has day " + days.get(i).day() + " twice");
            }
        }
        if (overnight == null) {
            overnight = OvernightPolicy.never();
        }
    }

    /** A resource without capacity limit and without nights away. */
    public static Resource of(String id, List<WorkDay> days) {
        return new Resource(id, Double.POSITIVE_INFINITY, days, OvernightPolicy.never());
    }
}
