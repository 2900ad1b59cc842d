package dev.terrain.planner;

/**
 * How the plan's cost is counted, and how value trades against it.
 *
 * @param perDrivingSecond  cost per unit of driving time
 * @param perMetre          cost per unit of distance
 * @param perNight          cost of one night away
 * @param perOvertimeSecond cost per unit of time past the shift end
 * @param valueWeight       cost units one unit of value is worth; {@code Double.POSITIVE_INFINITY} (the default)
 *                          makes the objective lexicographic: any value beats any cost
 */
public record CostWeights(double perDrivingSecond, double perMetre, double perNight, double perOvertimeSecond,
                          double valueWeight) {

    public CostWeights {
        if (!(perDrivingSecond >= 0) || !(perMetre >= 0) || !(perNight >= 0) || !(perOvertimeSecond >= 0)) {
            throw new IllegalArgumentException("cost weights must be >= 0");
        }
        if (!(valueWeight > 0)) {
            throw new IllegalArgumentException("valueWeight must be > 0 but is " + valueWeight);
        }
    }

    /** Distance only (the DIMACS VRPTW objective; also fine for TOPTW, where value comes first). */
    public static CostWeights distanceOnly() {
        return new CostWeights(0, 1, 0, 0, Double.POSITIVE_INFINITY);
    }

    /** Typical field-sales weights: driving time, distance, nights and overtime, value first. */
    public static CostWeights of(double perDrivingSecond, double perMetre, double perNight, double perOvertimeSecond) {
        return new CostWeights(perDrivingSecond, perMetre, perNight, perOvertimeSecond, Double.POSITIVE_INFINITY);
    }

    /** These weights with value traded against cost at the given rate. */
    public CostWeights tradingValueAt(double costPerValue) {
        return new CostWeights(perDrivingSecond, perMetre, perNight, perOvertimeSecond, costPerValue);
    }
}
