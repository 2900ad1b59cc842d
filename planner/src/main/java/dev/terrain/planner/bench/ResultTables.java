package dev.terrain.planner.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats benchmark results as Markdown tables (for docs/benchmarks.md), one-line summaries and CSV. */
public final class ResultTables {

    private static final double GAP_THRESHOLD = 2.0;

    private ResultTables() {
    }

    /** One line per finished instance, for following a long run. */
    public static String line(RunResult r) {
        String what = r.kind() == Instance.Kind.VRPTW
                ? String.format(Locale.ROOT, "vehicles %3d  distance %10s", r.routes(), num(r.distance(), 1))
                : String.format(Locale.ROOT, "m %d  routes %d  score %6s  distance %9s", r.routeLimit(), r.routes(),
                num(r.score(), 0), num(r.distance(), 1));
        return String.format(Locale.ROOT, "%-8s %s  bks %9s  gap %7s %%  best at %6s s  feasible %s%s",
                r.instance(), what, num(r.bestKnown(), 1), gap(r), num(r.secondsToBest(), 1),
                r.feasible() ? "yes" : "NO", r.notes().isEmpty() ? "" : "  (" + String.join("; ", r.notes()) + ")");
    }

    /** The per-instance Markdown table. */
    public static String instanceTable(List<RunResult> results) {
        boolean toptw = !results.isEmpty() && results.get(0).kind() == Instance.Kind.TOPTW;
        StringBuilder out = new StringBuilder();
        if (toptw) {
            out.append("| instance | m | routes | score | distance | BKS | gap % | time to best (s) | feasible |\n");
            out.append("|---|--:|--:|--:|--:|--:|--:|--:|---|\n");
        } else {
            out.append("| instance | vehicles | distance | BKS | gap % | time to best (s) | feasible |\n");
            out.append("|---|--:|--:|--:|--:|--:|---|\n");
        }
        for (RunResult r : results) {
            String bks = Double.isNaN(r.bestKnown()) ? "n/a" : num(r.bestKnown(), toptw ? 0 : 1);
            String gap = Double.isNaN(r.bestKnown()) ? "n/a (no BKS in repo)" : gap(r);
            String feasible = r.feasible() ? "yes" : "**no**";
            if (toptw) {
                out.append(row(r.instance(), Integer.toString(r.routeLimit()), Integer.toString(r.routes()),
                        num(r.score(), 0), num(r.distance(), 1), bks, gap, num(r.secondsToBest(), 1), feasible));
            } else {
                out.append(row(r.instance(), Integer.toString(r.routes()), num(r.distance(), 1), bks, gap,
                        num(r.secondsToBest(), 1), feasible));
            }
        }
        return out.toString();
    }

    /**
     * The per-class Markdown table and an overall row: instances, how many the checker accepted, the sum of
     * their distances (or scores, which compares runs where no best-known value exists), and the gap
     * statistics over instances with a best-known value. An infeasible run counts only in the feasible column.
     */
    public static String summaryTable(List<RunResult> results) {
        Map<String, List<RunResult>> groups = new LinkedHashMap<>();
        for (RunResult r : results) {
            groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
        }
        boolean toptw = !results.isEmpty() && results.get(0).kind() == Instance.Kind.TOPTW;
        StringBuilder out = new StringBuilder();
        out.append("| class | instances | feasible | " + (toptw ? "total score" : "total distance")
                + " | with BKS | mean gap % | max gap % | gap > 2 % |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|--:|\n");
        groups.forEach((group, members) -> out.append(summaryRow(group, members, toptw)));
        out.append(summaryRow("**all**", results, toptw));
        return out.toString();
    }

    private static String summaryRow(String label, List<RunResult> members, boolean toptw) {
        long feasible = members.stream().filter(RunResult::feasible).count();
        double total = members.stream().filter(RunResult::feasible)
                .mapToDouble(r -> toptw ? r.score() : r.distance()).sum();
        double[] gaps = members.stream().filter(RunResult::feasible).mapToDouble(RunResult::gapPercent)
                .filter(g -> !Double.isNaN(g)).toArray();
        double mean = gaps.length == 0 ? Double.NaN : java.util.Arrays.stream(gaps).average().orElse(Double.NaN);
        double max = gaps.length == 0 ? Double.NaN : java.util.Arrays.stream(gaps).max().orElse(Double.NaN);
        long above = java.util.Arrays.stream(gaps).filter(g -> g > GAP_THRESHOLD).count();
        return row(label, Integer.toString(members.size()), Long.toString(feasible), num(total, toptw ? 0 : 1),
                Integer.toString(gaps.length),
                num(mean, 2), num(max, 2), gaps.length == 0 ? "n/a" : Long.toString(above));
    }

    /** All results as CSV with a header line. */
    public static String csv(List<RunResult> results) {
        StringBuilder out = new StringBuilder(
                "instance,class,kind,route_limit,routes,distance,score,bks,gap_percent,seconds_to_best,seconds,iterations,feasible,notes\n");
        for (RunResult r : results) {
            out.append(String.join(",", r.instance(), r.family(), r.kind().name(), Integer.toString(r.routeLimit()),
                    Integer.toString(r.routes()), csvNum(r.distance(), 1), csvNum(r.score(), 0), csvNum(r.bestKnown(), 1),
                    csvNum(r.gapPercent(), 3), csvNum(r.secondsToBest(), 2), csvNum(r.seconds(), 2),
                    Long.toString(r.iterations()), Boolean.toString(r.feasible()),
                    '"' + String.join("; ", r.notes()).replace("\"", "'") + '"')).append('\n');
        }
        return out.toString();
    }

    private static String gap(RunResult r) {
        return num(r.gapPercent(), 2);
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    static String num(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double zero = 0.5 * Math.pow(10, -decimals);
        return String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v) < zero ? 0.0 : v);
    }

    private static String csvNum(double v, int decimals) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
