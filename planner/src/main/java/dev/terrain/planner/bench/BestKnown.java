package dev.terrain.planner.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Best-known values from one column of a benchmark CSV file ({@code bks_solomon.csv},
 * {@code bks_homberger_200.csv}, {@code optw_m1_righini_salani.csv}), keyed by upper-case instance name.
 * Empty cells are left out.
 */
public final class BestKnown {

    private final String column;
    private final Map<String, Double> values;

    private BestKnown(String column, Map<String, Double> values) {
        this.column = column;
        this.values = Map.copyOf(values);
    }

    /** A table that knows nothing (for sets without stored best-known values). */
    public static BestKnown none() {
        return new BestKnown("none", Map.of());
    }

    /** Reads the given column; the first column is the instance name. */
    public static BestKnown read(Path csv, String column) {
        try {
            return parse(Files.readAllLines(csv, StandardCharsets.UTF_8), column, csv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    static BestKnown parse(List<String> lines, String column, String source) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(source + " is empty");
        }
        List<String> header = Arrays.asList(lines.get(0).strip().split(",", -1));
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(source + " has no column '" + column + "' (columns: " + header + ")");
        }
        Map<String, Double> values = new HashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length <= index || cells[index].isBlank()) {
                continue;
            }
            try {
                values.put(cells[0].strip().toUpperCase(Locale.ROOT), Double.parseDouble(cells[index].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + " line " + (n + 1) + ": '" + cells[index] + "' in column "
                        + column + " is not a number", e);
            }
        }
        return new BestKnown(column, values);
    }

    public OptionalDouble of(String instance) {
        Double v = values.get(instance.toUpperCase(Locale.ROOT));
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public String column() {
        return column;
    }

    public int size() {
        return values.size();
    }
}
