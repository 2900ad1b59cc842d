package dev.terrain.customer.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomersChanged;
import dev.terrain.organization.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo company about 1,500 customers around Lyon, after the demo company itself exists: the same ones
 * on every empty installation (fixed seed), written in batches in one transaction. Runs only with
 * {@code terrain.demo.enabled} and while there is no customer at all, so a restart never duplicates them.
 */
@Component
@ConditionalOnProperty(name = "terrain.demo.enabled", havingValue = "true")
@Order(20)
class DemoCustomers implements ApplicationRunner {

    static final long SEED = 20_261_123L;
    static final int COUNT = 1500;

    private static final Logger LOG = LoggerFactory.getLogger(DemoCustomers.class);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final Customers customers;
    private final VisitDefaults defaults;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    DemoCustomers(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Customers customers, VisitDefaults defaults,
            AuditLog audit, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.customers = customers;
        this.defaults = defaults;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        Integer created = transaction.execute(status -> createIfEmpty());
        if (created != null && created > 0) {
            LOG.info("Demo customers created: {} in {} ms", created, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Creates the demo customers unless some customer exists or no demo rep does; returns how many. */
    int createIfEmpty() {
        jdbc.sql("lock table customers in exclusive mode").update();
        if (customers.any()) {
            return 0;
        }
        var reps = jdbc.sql("""
                select id, home_latitude, home_longitude from users
                where role = 'REP' and active and email like '%@demo.terrain.dev' order by email""")
                .query((rs, n) -> new DemoCustomerRows.Rep(rs.getObject("id", UUID.class),
                        rs.getObject("home_latitude", Double.class), rs.getObject("home_longitude", Double.class)))
                .list();
        if (reps.isEmpty()) {
            return 0;
        }
        var snapshot = defaults.current();
        var rows = new DemoCustomerRows(SEED, reps, snapshot.today(), snapshot.frequencies()).generate(COUNT);
        insert("""
                insert into customers (id, external_id, name, street, postal_code, city, region, country, latitude,
                    longitude, location_quality, phone, email, category, segment, industry, status, annual_revenue,
                    potential, ytd_sales, owner_id, visit_frequency_days, priority, preferred_weekdays, do_not_plan,
                    last_visit_on)
                values (:id, :ext, :name, :street, :postal, :city, :region, 'FR', :lat, :lon, 'ENTERED', :phone,
                    :email, :category, :segment, :industry, :status, :revenue, :potential, :ytd, :owner, :frequency,
                    :priority, cast(:preferred as smallint[]), :doNotPlan, :lastVisit)""", rows.customers);
        insert("insert into opening_hours (customer_id, weekday, opens, closes) values (:id, :day, :opens, :closes)",
                rows.openingHours);
        insert("insert into closing_days (customer_id, first_day, last_day, reason) values (:id, :first, :last, :reason)",
                rows.closingDays);
        insert("""
                insert into contacts (id, customer_id, name, role, phone, email, position)
                values (:id, :customer, :name, :role, :phone, :email, :position)""", rows.contacts);
        insert("""
                insert into customer_notes (id, customer_id, author_id, written_at, text)
                values (:id, :customer, :author, :at, :text)""", rows.notes);
        audit.record(CustomerWrites.AUDIT_ENTITY, "demo", "created", rows.customers.size() + " demo customers, "
                + rows.contacts.size() + " contacts, " + rows.notes.size() + " notes (demo company)");
        var ids = new HashSet<CustomerId>();
        rows.customers.forEach(row -> ids.add(new CustomerId((UUID) row.get("id"))));
        events.publishEvent(new CustomersChanged(ids));
        return rows.customers.size();
    }

    private void insert(String sql, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += 500) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + 500));
            batch.batchUpdate(sql, SqlParameterSourceUtils.createBatch(chunk.toArray(Map[]::new)));
        }
    }
}
