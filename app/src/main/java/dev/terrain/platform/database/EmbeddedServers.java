package dev.terrain.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * The embedded PostgreSQL servers of this JVM. A server is started once and shared by every application
 * context of the JVM (tests start several contexts); it stops when the JVM exits.
 */
final class EmbeddedServers {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServers.class);

    private static String ephemeralUrl;
    private static String persistentUrl;
    private static String freshUrl;

    private EmbeddedServers() {
    }

    static synchronized String persistent(Path directory) {
        if (persistentUrl == null) {
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + directory, e);
            }
            persistentUrl = start(EmbeddedPostgres.builder()
                    .setDataDirectory(directory.toAbsolutePath())
                    .setCleanDataDirectory(false));
            log.info("Embedded PostgreSQL keeps its data in {}", directory.toAbsolutePath());
        }
        return persistentUrl;
    }

    static synchronized String ephemeral() {
        if (ephemeralUrl == null) {
            ephemeralUrl = start(EmbeddedPostgres.builder());
        }
        return ephemeralUrl;
    }

    /** Creates a new database on the given server, once per JVM, and returns its URL. */
    static synchronized String freshDatabaseOn(String serverUrl) {
        if (freshUrl == null) {
            var name = "terrain_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                    + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
            try (var connection = DriverManager.getConnection(serverUrl, "postgres", null);
                    var statement = connection.createStatement()) {
                statement.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create a test database on " + serverUrl, e);
            }
            var base = serverUrl.contains("?") ? serverUrl.substring(0, serverUrl.indexOf('?')) : serverUrl;
            freshUrl = base.substring(0, base.lastIndexOf('/') + 1) + name;
            log.info("Tests run in the fresh database {}", freshUrl);
        }
        return freshUrl;
    }

    private static String start(EmbeddedPostgres.Builder builder) {
        try {
            // The server's own JVM shutdown hook is off: it ran alongside the closing application contexts,
            // stopped the server under them (their listeners failed, a pool kept retrying and held the JVM
            // for 30 s). It stops after every application context has closed (and with them the connection
            // pools and the listeners that still write on shutdown).
            var server = builder.setServerConfig("max_connections", "200").setRegisterShutdownHook(false).start();
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    log.warn("Embedded PostgreSQL did not stop cleanly", e);
                }
            });
            return server.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
        }
    }
}
