package dev.terrain.planner;

/** A travel model held in memory as two square matrices (times and distances), possibly asymmetric. */
public final class MatrixTravelModel implements TravelModel {

    private final int size;
    private final double[] times;
    private final double[] distances;

    private MatrixTravelModel(double[][] times, double[][] distances) {
        this.size = times.length;
        if (distances.length != size) {
            throw new IllegalArgumentException("times and distances must have the same size");
        }
        this.times = flatten(times, "times");
        this.distances = flatten(distances, "distances");
    }

    /** A model with separate time and distance matrices. */
    public static MatrixTravelModel of(double[][] times, double[][] distances) {
        return new MatrixTravelModel(times, distances);
    }

    /** A model where travel time equals distance (as in the VRPTW and TOPTW benchmarks). */
    public static MatrixTravelModel timeEqualsDistance(double[][] distances) {
        return new MatrixTravelModel(distances, distances);
    }

    private double[] flatten(double[][] m, String name) {
        double[] flat = new double[size * size];
        for (int i = 0; i < size; i++) {
            if (m[i].length != size) {
                throw new IllegalArgumentException(name + " row " + i + " has " + m[i].length + " columns, expected " + size);
            }
            for (int j = 0; j < size; j++) {
                double v = m[i][j];
                if (!(v >= 0) || Double.isInfinite(v)) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] must be finite and >= 0 but is " + v);
                }
                flat[i * size + j] = v;
            }
        }
        return flat;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double time(int from, int to) {
        return times[from * size + to];
    }

    @Override
    public double distance(int from, int to) {
        return distances[from * size + to];
    }
}
