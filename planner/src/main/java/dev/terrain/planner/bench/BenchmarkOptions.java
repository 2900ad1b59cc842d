package dev.terrain.planner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The runner's command line.
 *
 * @param set        solomon, homberger200, toptw, week or replan (re-plans of the week after a change)
 * @param seconds    time limit per solve (per instance and m; for week and replan, the long run)
 * @param iterations iteration limit per solve, 0 for none (makes runs repeatable); for replan, of the first plan only
 * @param instances  instance names to run (upper case), empty for the whole set
 * @param routes     the numbers of paths m for TOPTW
 * @param seed       seed of the search
 * @param threads    search threads per solve
 * @param parallel   solves run at the same time
 * @param data       folder holding {@code vrptw/} and {@code toptw/}
 * @param csv        file to write the per-instance results to, or null
 * @param runs       for week: how many solver seeds (1..runs) to solve with both limits (or, with an iteration
 *                   limit, once each), 1 for the single comparison of a cold, a long and a warm run; for replan,
 *                   how many solver seeds
 */
public record BenchmarkOptions(String set, double seconds, long iterations, List<String> instances,
                               List<Integer> routes, long seed, int threads, int parallel, Path data, Path csv,
                               int runs) {

    static final String USAGE = """
            usage: java -cp planner/target/classes dev.terrain.planner.bench.Benchmark --set solomon|homberger200|toptw|week|replan
                   [--seconds 30] [--iterations 0] [--instances C101,R205] [--routes 1,2,3,4] [--seed 1]
                   [--threads 1] [--parallel 1] [--data planner/benchmarks] [--csv out.csv] [--runs 1]""";

    public BenchmarkOptions {
        instances = List.copyOf(instances);
        routes = List.copyOf(routes);
    }

    public static BenchmarkOptions parse(String... args) {
        String set = null;
        double seconds = 30;
        long iterations = 0;
        List<String> instances = List.of();
        List<Integer> routes = List.of(1, 2, 3, 4);
        long seed = 1;
        int threads = 1;
        int parallel = 1;
        Path data = null;
        Path csv = null;
        int runs = 1;
        boolean secondsGiven = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
            }
            String value = args[++i];
            try {
                switch (flag) {
                    case "--set" -> set = value.toLowerCase(Locale.ROOT);
                    case "--seconds" -> {
                        seconds = Double.parseDouble(value);
                        secondsGiven = true;
                    }
                    case "--iterations" -> iterations = Long.parseLong(value);
                    case "--instances" -> instances = split(value).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
                    case "--routes" -> routes = split(value).stream().map(Integer::parseInt).toList();
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--parallel" -> parallel = Integer.parseInt(value);
                    case "--data" -> data = Path.of(value);
                    case "--csv" -> csv = Path.of(value);
                    case "--runs" -> runs = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + USAGE);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + ": '" + value + "' is not a number\n" + USAGE, e);
            }
        }
        if (set == null || !List.of("solomon", "homberger200", "toptw", "week", "replan").contains(set)) {
            throw new IllegalArgumentException("--set must be solomon, homberger200, toptw, week or replan\n" + USAGE);
        }
        boolean week = set.equals("week") || set.equals("replan");
        if (runs != 1 && !week) {
            throw new IllegalArgumentException("--runs applies to --set week and replan only\n" + USAGE);
        }
        if (week && !secondsGiven) {
            seconds = 60;
        }
        if (!(seconds > 0) || iterations < 0 || threads < 1 || parallel < 1 || runs < 1 || routes.isEmpty()
                || routes.stream().anyMatch(m -> m < 1)) {
            throw new IllegalArgumentException("--seconds, --threads, --parallel, --runs and --routes must be positive\n" + USAGE);
        }
        return new BenchmarkOptions(set, seconds, iterations, instances, routes, seed, threads, parallel,
                data == null ? defaultData() : data, csv, runs);
    }

    /** {@code planner/benchmarks} from the repository root, or {@code benchmarks} from the planner folder. */
    private static Path defaultData() {
        for (Path candidate : List.of(Path.of("planner", "benchmarks"), Path.of("benchmarks"))) {
            if (Files.isDirectory(candidate.resolve("vrptw"))) {
                return candidate;
            }
        }
        return Path.of("planner", "benchmarks");
    }

    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(parts::add);
        return parts;
    }
}
