package dev.terrain.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * An embedded PostgreSQL server for benchmarks, outside any Spring context: started like the application's
 * own embedded server, migrated with the application's Flyway migrations, reached through a pool configured
 * like the application's.
 */
public final class BenchDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final HikariDataSource pool;

    private BenchDatabase(EmbeddedPostgres server) {
        this.server = server;
        this.pool = new HikariDataSource();
        pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(10);
        pool.setPoolName("bench");
    }

    /**
     * @param directory the data directory, or null for a throw-away one
     * @param fresh     whether to wipe the directory first
     */
    public static BenchDatabase start(Path directory, boolean fresh) {
        try {
            var builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "200");
            if (directory != null) {
                if (fresh) {
                    delete(directory);
                }
                // kept after the run, so that --reuse can start from it
                builder.setDataDirectory(directory.toAbsolutePath()).setCleanDataDirectory(false);
            }
            return new BenchDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
        }
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Applies the application's migrations, from the locations the application itself uses. */
    public BenchDatabase migrate() {
        Flyway.configure().dataSource(pool).locations(migrationLocations()).load().migrate();
        return this;
    }

    public DataSource dataSource() {
        return pool;
    }

    static String[] migrationLocations() {
        var properties = new Properties();
        try (var in = BenchDatabase.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("spring.flyway.locations").split(",");
    }

    @Override
    public void close() {
        pool.close();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL server did not stop cleanly", e);
        }
    }
}
