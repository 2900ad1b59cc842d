package dev.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application starts on its PostgreSQL with every migration applied. */
@SpringBootTest
class TerrainApplicationIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsOnPostgresWithTheSchema() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isNotNegative();
    }
}
