package dev.terrain.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import dev.terrain.organization.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo customers on an empty installation: written fast in batches, only once. Runs in a transaction that is
 * rolled back, on a database emptied of customers inside it, so the shared test database is left as it was.
 */
@SpringBootTest
@Transactional
class DemoCustomersIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired Customers customers;
    @Autowired VisitDefaults defaults;
    @Autowired AuditLog audit;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;

    @Test
    void createsAboutFifteenHundredCustomersOnceAndQuickly() {
        jdbc.sql("delete from customers").update();
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                    insert into users (id, email, display_name, role, password_hash, home_latitude, home_longitude)
                    values (:id, :email, 'Demo rep', 'REP', 'x', 45.76, 4.83)""")
                    .param("id", UUID.randomUUID()).param("email", "rep" + i + "-" + UUID.randomUUID() + "@demo.terrain.dev")
                    .update();
        }
        var demo = new DemoCustomers(jdbc, customers, defaults, audit, events, transaction);

        long started = System.nanoTime();
        int created = demo.createIfEmpty();
        long millis = (System.nanoTime() - started) / 1_000_000;
        org.slf4j.LoggerFactory.getLogger(getClass()).info("demo customers written in {} ms", millis);

        assertThat(created).isEqualTo(DemoCustomers.COUNT);
        assertThat(jdbc.sql("select count(*) from customers").query(Long.class).single()).isEqualTo(1500L);
        assertThat(jdbc.sql("select count(distinct customer_id) from opening_hours").query(Long.class).single()).isEqualTo(1500L);
        assertThat(jdbc.sql("select count(*) from contacts").query(Long.class).single()).isGreaterThan(1000L);
        assertThat(jdbc.sql("select count(*) from customer_notes").query(Long.class).single()).isGreaterThan(50L);
        assertThat(jdbc.sql("select count(*) from customers where owner_id is null").query(Long.class).single()).isZero();
        assertThat(millis).as("set-based inserts, well under the budget of about 5 s").isLessThan(30_000);
        assertThat(jdbc.sql("select count(*) from customers where cardinality(preferred_weekdays) = 1").query(Long.class).single())
                .as("preferred days survive the text arrays").isPositive();
        assertThat(jdbc.sql("select count(*) from closing_days").query(Long.class).single()).isPositive();
        assertThat(demo.createIfEmpty()).as("never twice").isZero();
    }
}
