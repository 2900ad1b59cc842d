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
 * Reads the TOPTW format of the orienteering benchmark library. The file is a stream of numbers:
 * {@code k v N t}, then {@code D Q} (both ignored), then for each of the {@code N + 1} vertices
 * {@code i x y d S f a list[a] O C} (id, coordinates, service duration, score, two ignored fields, a list
 * of length {@code a}, and the window on the start of service). Vertex 0 is the depot; its closing time is
 * the time budget of every route. The number of routes m is not in the file and is given by the caller.
 *
 * <p>The reader works on the number stream rather than on lines, since one file of the set wraps its
 * header differently from the others.
 */
public final class ToptwReader {

    private ToptwReader() {
    }

    /** Reads an instance; its name is the file name without extension, upper case. */
    public static Instance read(Path file, int routes) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            String fileName = file.getFileName().toString();
            String name = fileName.replaceFirst("\\.[^.]*$", "").toUpperCase(Locale.ROOT);
            return parse(text, name, routes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Instance parse(String text, String name, int routes) {
        String[] tokens = text.strip().split("\\s+");
        Cursor in = new Cursor(tokens, name);
        in.next(); // k
        in.next(); // v
        int vertices = (int) in.next() + 1;
        in.next(); // t
        in.next(); // D
        in.next(); // Q
        List<Site> sites = new ArrayList<>(vertices);
        for (int v = 0; v < vertices; v++) {
            int id = (int) in.next();
            double x = in.next();
            double y = in.next();
            double service = in.next();
            double score = in.next();
            in.next(); // f
            int listLength = (int) in.next();
            for (int k = 0; k < listLength; k++) {
                in.next();
            }
            double open = in.next();
            double close = in.next();
            sites.add(new Site(id, x, y, 0, score, open, close, service));
        }
        if (in.hasNext()) {
            throw new IllegalArgumentException(name + ": unexpected data after vertex " + (vertices - 1));
        }
        return new Instance(name, Instance.Kind.TOPTW, routes, Double.POSITIVE_INFINITY, sites);
    }

    private static final class Cursor {
        private final String[] tokens;
        private final String source;
        private int position;

        Cursor(String[] tokens, String source) {
            this.tokens = tokens;
            this.source = source;
        }

        boolean hasNext() {
            return position < tokens.length;
        }

        double next() {
            if (!hasNext()) {
                throw new IllegalArgumentException(source + ": the file ends early (after " + position + " numbers)");
            }
            String token = tokens[position++];
            try {
                return Double.parseDouble(token);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ": number " + position + " '" + token + "' is not a number", e);
            }
        }
    }
}
