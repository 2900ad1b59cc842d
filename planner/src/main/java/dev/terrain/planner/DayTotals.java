package dev.terrain.planner;

/** Sums over one day's route (or over the whole plan). */
public record DayTotals(int visits, double value, double drivingTime, double distance, double workingTime,
                        double waitingTime, double overtime, int nights, double cost) {

    /** All zero. */
    public static DayTotals zero() {
        return new DayTotals(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The sum of two totals. */
    public DayTotals plus(DayTotals o) {
        return new DayTotals(visits + o.visits, value + o.value, drivingTime + o.drivingTime, distance + o.distance,
                workingTime + o.workingTime, waitingTime + o.waitingTime, overtime + o.overtime, nights + o.nights,
                cost + o.cost);
    }
}
