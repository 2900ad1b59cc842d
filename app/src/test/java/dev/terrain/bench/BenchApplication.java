package dev.terrain.bench;

import dev.terrain.TerrainApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application, started on a benchmark database (already migrated by {@link BenchDatabase}), so that the
 * benchmark times the real services. Command-line arguments, because they win over the test configuration
 * (an ephemeral database) on the test class path; the web server listens on a free port, unused.
 */
final class BenchApplication {

    private BenchApplication() {
    }

    static ConfigurableApplicationContext start(String jdbcUrl) {
        return new SpringApplicationBuilder(TerrainApplication.class).logStartupInfo(false).run(
                "--terrain.database.url=" + jdbcUrl, "--terrain.database.user=postgres",
                "--terrain.database.ephemeral=false", "--terrain.database.fresh-database-on=",
                "--terrain.demo.enabled=false", "--spring.flyway.enabled=false", "--server.port=0",
                "--terrain.geocoding.initial-delay=PT24H", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN");
    }
}
