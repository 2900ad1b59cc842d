package dev.terrain.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Elapsed times in nanoseconds, by series name; reports median and 95th percentile in milliseconds. */
final class Timings {

    private final Map<String, List<Long>> series = new LinkedHashMap<>();

    void add(String name, long nanos) {
        series.computeIfAbsent(name, n -> new ArrayList<>()).add(nanos);
    }

    int count(String name) {
        return series.getOrDefault(name, List.of()).size();
    }

    double medianMillis(String name) {
        return percentileMillis(name, 0.50);
    }

    double p95Millis(String name) {
        return percentileMillis(name, 0.95);
    }

    /** Nearest-rank percentile. */
    double percentileMillis(String name, double fraction) {
        var values = series.get(name).stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(values);
        var rank = (int) Math.ceil(fraction * values.length);
        return values[Math.max(0, rank - 1)] / 1e6;
    }
}
