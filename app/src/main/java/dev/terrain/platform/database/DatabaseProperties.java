package dev.terrain.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Terrain keeps its data.
 *
 * @param url            JDBC URL of an external PostgreSQL server ({@code TERRAIN_DB_URL}); empty means embedded
 * @param user           user name on the external server
 * @param password       password on the external server
 * @param embeddedDirectory data directory of the embedded server; it survives restarts
 * @param ephemeral      start a throw-away embedded server (one per JVM), as the tests do
 * @param freshDatabaseOn JDBC URL of a server on which to create a new, empty database for this JVM
 *                        ({@code TERRAIN_TEST_DB_URL} in tests)
 */
@ConfigurationProperties("terrain.database")
public record DatabaseProperties(String url, String user, String password, Path embeddedDirectory,
        boolean ephemeral, String freshDatabaseOn) {

    public DatabaseProperties {
        embeddedDirectory = embeddedDirectory == null ? Path.of("data", "postgres") : embeddedDirectory;
    }

    boolean external() {
        return url != null && !url.isBlank();
    }

    boolean freshDatabase() {
        return freshDatabaseOn != null && !freshDatabaseOn.isBlank();
    }
}
