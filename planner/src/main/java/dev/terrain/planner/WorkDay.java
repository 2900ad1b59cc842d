package dev.terrain.planner;

import java.util.List;

/**
 * One working day of a resource. Times are within the day (seconds since midnight, or the problem's unit).
 *
 * @param day            index of the day in the horizon (0 = first day); {@code day % 7} is the weekday, 0 = Monday
 * @param shiftStart     earliest departure from the start place
 * @param shiftEnd       regular end of the day (arrival at the end place); later is overtime
 * @param startPlace     where the day starts (unless the previous night was spent away)
 * @param endPlace       where the day ends (unless the night is spent away)
 * @param breaks         breaks to take, in order
 * @param maxWorkingTime longest time from departure to return, breaks excluded
 * @param maxDrivingTime most driving in the day
 * @param maxOvertime    how far past {@code shiftEnd} the day may run
 */
public record WorkDay(int day, double shiftStart, double shiftEnd, int startPlace, int endPlace,
                      List<BreakRule> breaks, double maxWorkingTime, double maxDrivingTime, double maxOvertime) {

    public WorkDay {
        if (day < 0) {
            throw new IllegalArgumentException("day must be >= 0 but is " + day);
        }
        if (!(shiftStart <= shiftEnd)) {
            throw new IllegalArgumentException("shiftStart " + shiftStart + " is after shiftEnd " + shiftEnd);
        }
        if (startPlace < 0 || endPlace < 0) {
            throw new IllegalArgumentException("places must be >= 0");
        }
        breaks = List.copyOf(breaks);
        if (!(maxWorkingTime >= 0) || !(maxDrivingTime >= 0) || !(maxOvertime >= 0)) {
            throw new IllegalArgumentException("maxWorkingTime, maxDrivingTime and maxOvertime must be >= 0");
        }
    }

    /** A plain day: no breaks, no limits beyond the shift, no overtime. */
    public static WorkDay simple(int day, double shiftStart, double shiftEnd, int home) {
        return new WorkDay(day, shiftStart, shiftEnd, home, home, List.of(),
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0);
    }

    /** This day with other breaks. */
    public WorkDay withBreaks(List<BreakRule> newBreaks) {
        return new WorkDay(day, shiftStart, shiftEnd, startPlace, endPlace, newBreaks, maxWorkingTime, maxDrivingTime, maxOvertime);
    }

    /** This day with other working-time, driving-time and overtime limits. */
    public WorkDay withLimits(double newMaxWorkingTime, double newMaxDrivingTime, double newMaxOvertime) {
        return new WorkDay(day, shiftStart, shiftEnd, startPlace, endPlace, breaks, newMaxWorkingTime, newMaxDrivingTime, newMaxOvertime);
    }
}
