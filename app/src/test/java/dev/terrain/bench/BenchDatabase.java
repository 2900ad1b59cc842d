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
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /**
     * Applies the application's migrations, from the locations the application itself uses. Data kept by
     * {@code --reuse} may predate migrations merged since with lower versions (hence out of order), or a
     * migration made tolerant since (hence the repair of checksums); and V390 there already built the index
     * that V301 builds, under the name V301 then drops.
     */
    public BenchDatabase migrate() {
        var flyway = Flyway.configure().dataSource(pool).locations(migrationLocations()).outOfOrder(true).load();
        var jdbc = JdbcClient.create(pool);
        var history = jdbc.sql("select count(*) from information_schema.tables where table_name = 'flyway_schema_history'")
                .query(Integer.class).single() > 0;
        if (history) {
            flyway.repair();
            var applied = jdbc.sql("select version from flyway_schema_history where success and version is not null")
                    .query(String.class).set();
            if (applied.contains("390") && !applied.contains("301")) {
                jdbc.sql("alter index if exists territory_customers_customer_territory rename to territory_customers_customer")
                        .update();
            }
        }
        flyway.migrate();
        return this;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The JDBC URL of the server's postgres database, for an application context started on it. */
    public String url() {
        return server.getJdbcUrl("postgres", "postgres");
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
