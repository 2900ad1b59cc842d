package dev.terrain.planner.bench;

import dev.terrain.planner.SolverSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the planner on a benchmark set and prints the results: one line per instance as it finishes, then
 * Markdown tables for {@code docs/benchmarks.md}. Run after {@code ./mvnw -pl planner compile}:
 *
 * <pre>
 * java -cp planner/target/classes dev.terrain.planner.bench.Benchmark --set solomon --seconds 30
 * </pre>
 *
 * See {@link BenchmarkOptions#USAGE} for all options.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        PrintStream out = System.out;
        out.println(header(options));
        if (options.set().equals("week")) {
            WeekBenchmark.run(options, out);
            out.println(loadAverage("at the end"));
            return;
        }
        if (options.set().equals("replan")) {
            ReplanBenchmark.run(options, out);
            out.println(loadAverage("at the end"));
            return;
        }
        List<RunResult> results = run(options, out);
        out.println();
        out.println(ResultTables.instanceTable(results));
        out.println(ResultTables.summaryTable(results));
        out.println(loadAverage("at the end"));
        if (options.csv() != null) {
            Files.writeString(options.csv(), ResultTables.csv(results));
            out.println("CSV written to " + options.csv());
        }
        if (results.stream().anyMatch(r -> !r.feasible())) {
            System.exit(1);
        }
    }

    /** Solves every instance of the set, {@code --parallel} at a time, in set order. */
    public static List<RunResult> run(BenchmarkOptions options, PrintStream out) {
        BenchmarkSet set = BenchmarkSet.load(options.set(), options.data(), options.instances(), options.routes());
        SolverSettings settings = settings(options);
        List<Instance> instances = set.instances();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.parallel(), r -> {
            Thread t = new Thread(r, "benchmark");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (Instance instance : instances) {
                futures.add(pool.submit(() -> {
                    RunResult result = InstanceRun.solve(instance, settings, set.bestKnownFor(instance));
                    synchronized (out) {
                        out.printf("[%d/%d] %s%n", done.incrementAndGet(), instances.size(), ResultTables.line(result));
                        out.flush();
                    }
                    return result;
                }));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static SolverSettings settings(BenchmarkOptions options) {
        SolverSettings base = options.iterations() > 0
                ? SolverSettings.forIterations(options.iterations()).withTimeLimit(seconds(options.seconds()))
                : SolverSettings.forTime(seconds(options.seconds()));
        return base.withSeed(options.seed()).withThreads(options.threads());
    }

    static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    static String header(BenchmarkOptions o) {
        return String.format("Terrain planner benchmark: set %s, %s, seed %d, %d thread(s) per solve, "
                        + "%d solve(s) at once, data %s%n%s UTC, Java %s, %d cores, %d MB max heap, %s",
                o.set(), limits(o), o.seed(), o.threads(), o.parallel(), o.data(),
                OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, loadAverage("at the start"));
    }

    /** The limits the run's solves have; for replan the iterations are the first plan's only. */
    static String limits(BenchmarkOptions o) {
        if (o.set().equals("replan")) {
            String first = o.iterations() > 0 ? o.iterations() + " iterations" : o.seconds() + " s";
            return "first plan " + first + ", re-plans 5 s, long solves from scratch " + o.seconds() + " s";
        }
        String limit = o.iterations() > 0 ? o.iterations() + " iterations or " + o.seconds() + " s" : o.seconds() + " s";
        return limit + " per solve";
    }

    /** The machine's one-minute load average: above the core count, other work competes with the solver. */
    private static String loadAverage(String when) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "load average unknown" : String.format(Locale.ROOT, "load average %s %.1f", when, load);
    }
}
