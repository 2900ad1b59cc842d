package dev.terrain.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the PostgreSQL server: an external one when {@code terrain.database.url} is set, otherwise the
 * embedded one (persistent under {@code ./data/}, or throw-away for tests).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DataSource dataSource(DatabaseProperties properties) {
        if (properties.external()) {
            log.info("Using PostgreSQL at {}", properties.url());
            return pool(properties.url(), properties.user(), properties.password());
        }
        if (properties.freshDatabase()) {
            return pool(EmbeddedServers.freshDatabaseOn(properties.freshDatabaseOn()), properties.user(),
                    properties.password());
        }
        var server = properties.ephemeral() ? EmbeddedServers.ephemeral()
                : EmbeddedServers.persistent(properties.embeddedDirectory());
        return pool(server, "postgres", null);
    }

    private static HikariDataSource pool(String url, String user, String password) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user == null || user.isBlank() ? "postgres" : user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(10);
        pool.setPoolName("terrain");
        return pool;
    }
}
