package dev.terrain.planner.bench;

import java.util.List;

/**
 * A benchmark instance as read from its file, independent of the planner's model.
 *
 * @param name     instance name, upper case (C101, C1_2_1, ...)
 * @param kind     VRPTW (serve every customer) or TOPTW (collect the most score)
 * @param vehicles most routes a solution may use (K for VRPTW, m for TOPTW)
 * @param capacity load one route may carry ({@code Double.POSITIVE_INFINITY} for TOPTW)
 * @param sites    the depot at index 0, then the customers; {@code sites.get(i).id() == i}
 */
public record Instance(String name, Kind kind, int vehicles, double capacity, List<Site> sites) {

    /** The two benchmark problems. */
    public enum Kind { VRPTW, TOPTW }

    public Instance {
        sites = List.copyOf(sites);
        if (sites.size() < 2) {
            throw new IllegalArgumentException(name + " needs a depot and at least one customer");
        }
        for (int i = 0; i < sites.size(); i++) {
            if (sites.get(i).id() != i) {
                throw new IllegalArgumentException(name + ": site at position " + i + " has number " + sites.get(i).id());
            }
        }
        if (vehicles < 1) {
            throw new IllegalArgumentException(name + ": vehicles must be >= 1 but is " + vehicles);
        }
    }

    public Site depot() {
        return sites.get(0);
    }

    public int customers() {
        return sites.size() - 1;
    }

    /**
     * The DIMACS arc length (also the travel time): the Euclidean distance truncated to one decimal,
     * {@code floor(10 * d) / 10}.
     */
    public double arc(int from, int to) {
        Site a = sites.get(from);
        Site b = sites.get(to);
        double dx = a.x() - b.x();
        double dy = a.y() - b.y();
        return Math.floor(10 * Math.sqrt(dx * dx + dy * dy)) / 10;
    }

    /** The whole arc matrix, depot included. */
    public double[][] arcMatrix() {
        int n = sites.size();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = arc(i, j);
            }
        }
        return m;
    }

    /** This instance with another route limit (the m of a TOPTW experiment). */
    public Instance withVehicles(int newVehicles) {
        return new Instance(name, kind, newVehicles, capacity, sites);
    }

    /**
     * The Solomon class of the instance: C1, C2, R1, R2, RC1 or RC2 (from C101, C1_2_1, c101, ...).
     */
    public String family() {
        return familyOf(name);
    }

    static String familyOf(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        int letters = upper.startsWith("RC") ? 2 : 1;
        if (upper.length() <= letters || !Character.isDigit(upper.charAt(letters))) {
            return upper;
        }
        return upper.substring(0, letters + 1);
    }
}
