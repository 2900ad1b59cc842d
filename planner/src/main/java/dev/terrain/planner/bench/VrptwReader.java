package dev.terrain.planner.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the Solomon text format used by the Solomon and Gehring-Homberger VRPTW instances:
 * a name line, a {@code VEHICLE} block with the vehicle count and capacity, then one line per vertex
 * ({@code CUST NO. XCOORD. YCOORD. DEMAND READY TIME DUE DATE SERVICE TIME}), the depot first.
 * CRLF and LF line endings are both accepted.
 */
public final class VrptwReader {

    private VrptwReader() {
    }

    public static Instance read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Instance parse(List<String> lines, String source) {
        String name = null;
        int vehicles = -1;
        double capacity = -1;
        List<Site> sites = new ArrayList<>();
        boolean inVehicles = false;
        boolean inCustomers = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String upper = line.toUpperCase(Locale.ROOT);
            if (name == null) {
                name = upper;
            } else if (upper.startsWith("VEHICLE")) {
                inVehicles = true;
            } else if (upper.startsWith("CUSTOMER")) {
                inVehicles = false;
                inCustomers = true;
            } else if (Character.isLetter(line.charAt(0))) {
                continue; // column headings
            } else if (inVehicles) {
                double[] v = numbers(line, 2, source, n);
                vehicles = (int) v[0];
                capacity = v[1];
            } else if (inCustomers) {
                double[] v = numbers(line, 7, source, n);
                sites.add(new Site((int) v[0], v[1], v[2], v[3], 0, v[4], v[5], v[6]));
            } else {
                throw new IllegalArgumentException(source + " line " + (n + 1) + ": unexpected '" + line + "'");
            }
        }
        if (vehicles < 1 || capacity < 0) {
            throw new IllegalArgumentException(source + ": no VEHICLE block with NUMBER and CAPACITY");
        }
        return new Instance(name, Instance.Kind.VRPTW, vehicles, capacity, sites);
    }

    private static double[] numbers(String line, int count, String source, int n) {
        String[] tokens = line.split("\\s+");
        if (tokens.length != count) {
            throw new IllegalArgumentException(source + " line " + (n + 1) + ": expected " + count
                    + " numbers but found " + tokens.length + " in '" + line + "'");
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                values[i] = Double.parseDouble(tokens[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + " line " + (n + 1) + ": '" + tokens[i] + "' is not a number", e);
            }
        }
        return values;
    }
}
