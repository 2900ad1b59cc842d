package dev.terrain.planner.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One of the classic instance sets in the benchmark folder, with the best-known values it is compared
 * against: the DIMACS distances for VRPTW, the Righini-Salani scores for single-path TOPTW. No best-known
 * values are stored for TOPTW with two or more paths.
 *
 * @param name      solomon, homberger200 or toptw
 * @param instances the instances in class order; TOPTW instances once per number of paths
 * @param bestKnown best-known values by instance name
 */
public record BenchmarkSet(String name, List<Instance> instances, BestKnown bestKnown) {

    private static final List<String> FAMILIES = List.of("C1", "C2", "R1", "R2", "RC1", "RC2");

    public BenchmarkSet {
        instances = List.copyOf(instances);
    }

    /** Loads a set, keeping only the named instances when {@code only} is not empty. */
    public static BenchmarkSet load(String name, Path data, List<String> only, List<Integer> routes) {
        return switch (name) {
            case "solomon" -> vrptw(name, data.resolve("vrptw/solomon"), data.resolve("vrptw/bks_solomon.csv"), only);
            case "homberger200" -> vrptw(name, data.resolve("vrptw/homberger_200"),
                    data.resolve("vrptw/bks_homberger_200.csv"), only);
            case "toptw" -> toptw(data.resolve("toptw"), only, routes);
            default -> throw new IllegalArgumentException("no instance set named " + name);
        };
    }

    /** The best-known value for an instance, NaN when none is stored. */
    public double bestKnownFor(Instance instance) {
        if (instance.kind() == Instance.Kind.TOPTW && instance.vehicles() != 1) {
            return Double.NaN;
        }
        OptionalDouble v = bestKnown.of(instance.name());
        return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }

    private static BenchmarkSet vrptw(String name, Path folder, Path bks, List<String> only) {
        List<Instance> instances = files(folder, only).stream().map(VrptwReader::read).toList();
        return new BenchmarkSet(name, instances, BestKnown.read(bks, "dimacs_distance"));
    }

    private static BenchmarkSet toptw(Path folder, List<String> only, List<Integer> routes) {
        List<Path> files = new ArrayList<>(files(folder.resolve("solomon_c1_r1_rc1"), List.of()));
        files.addAll(files(folder.resolve("solomon_c2_r2_rc2"), List.of()));
        files = filter(sorted(files), only, folder);
        List<Instance> instances = new ArrayList<>();
        for (int m : routes) {
            for (Path file : files) {
                instances.add(ToptwReader.read(file, m));
            }
        }
        return new BenchmarkSet("toptw", instances, BestKnown.read(folder.resolve("optw_m1_righini_salani.csv"), "best_score"));
    }

    private static List<Path> files(Path folder, List<String> only) {
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> all = listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")).toList();
            return filter(sorted(all), only, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + " (use --data to point at the benchmark folder)", e);
        }
    }

    private static List<Path> filter(List<Path> files, List<String> only, Path folder) {
        if (only.isEmpty()) {
            return files;
        }
        List<Path> kept = files.stream().filter(p -> only.contains(nameOf(p))).toList();
        Set<String> found = new TreeSet<>(kept.stream().map(BenchmarkSet::nameOf).toList());
        List<String> missing = only.stream().filter(n -> !found.contains(n)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no instance " + missing + " in " + folder);
        }
        return kept;
    }

    private static List<Path> sorted(List<Path> files) {
        return files.stream().sorted(Comparator.comparing((Path p) -> familyRank(nameOf(p)))
                .thenComparingInt(p -> number(nameOf(p)))
                .thenComparing(BenchmarkSet::nameOf)).toList();
    }

    static String nameOf(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]*$", "").toUpperCase(Locale.ROOT);
    }

    private static int familyRank(String name) {
        int rank = FAMILIES.indexOf(Instance.familyOf(name));
        return rank < 0 ? FAMILIES.size() : rank;
    }

    /** The instance's number within its class: 105 for C105 (5), 10 for C1_2_10. */
    private static int number(String name) {
        String tail = name.contains("_") ? name.substring(name.lastIndexOf('_') + 1)
                : name.substring(Instance.familyOf(name).length());
        try {
            return Integer.parseInt(tail);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
