package dev.terrain.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.terrain.customer.CustomerVisibility;
import dev.terrain.organization.CurrentUser;
import dev.terrain.territory.internal.VisibilityForBenchmarks;

/**
 * Writes {@code EXPLAIN (ANALYZE, BUFFERS)} of the benchmark's queries for a few representative users. Each
 * query is prepared and executed six times first (the exact total: not at all), as the JDBC driver's
 * server-side prepared statements are in the application, so the plan shown is the one the plan cache
 * settles on (generic or custom).
 */
final class QueryPlans {

    private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([A-Za-z_]\\w*)");

    private QueryPlans() {
    }

    /** @param users representative users by label; a null user stands for the query without the predicate */
    static void write(DataSource dataSource, Map<String, CurrentUser> users, Path file) {
        var out = new StringBuilder();
        try (var connection = dataSource.getConnection()) {
            for (var entry : users.entrySet()) {
                var scope = entry.getValue() == null ? CustomerVisibility.Scope.everything("c")
                        : VisibilityForBenchmarks.scopeOf(entry.getValue(), "c");
                for (var query : CustomerQuery.values()) {
                    var search = query.label().startsWith("search");
                    out.append("==== ").append(entry.getKey()).append(" / ").append(query.label())
                            .append(search ? " ('boul')" : "").append('\n');
                    // an exact total for a wide user takes seconds: explained once, without the six runs before
                    var runsBefore = query == CustomerQuery.COUNT ? 0 : 6;
                    explain(connection, query.sql(scope), query.parameters(scope, "boul"), runsBefore, out);
                    out.append('\n');
                }
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot explain the benchmark's queries", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void explain(Connection connection, String sql, Map<String, Object> parameters, int runsBefore,
            StringBuilder out) throws SQLException {
        var positions = new LinkedHashMap<String, Integer>();
        var matcher = NAMED.matcher(sql);
        var positional = new StringBuilder();
        while (matcher.find()) {
            var position = positions.computeIfAbsent(matcher.group(1), name -> positions.size() + 1);
            matcher.appendReplacement(positional, "\\$" + position);
        }
        matcher.appendTail(positional);
        var values = new ArrayList<String>();
        for (var name : positions.keySet()) {
            values.add("'" + String.valueOf(parameters.get(name)).replace("'", "''") + "'");
        }
        var arguments = values.isEmpty() ? "" : "(" + String.join(", ", values) + ")";
        try (var statement = connection.createStatement()) {
            statement.execute("prepare bench_query as " + positional);
            for (int i = 0; i < runsBefore; i++) {
                statement.execute("execute bench_query" + arguments);
            }
            try (var rows = statement.executeQuery("explain (analyze, buffers) execute bench_query" + arguments)) {
                while (rows.next()) {
                    out.append(rows.getString(1)).append('\n');
                }
            }
            statement.execute("deallocate bench_query");
        }
    }
}
