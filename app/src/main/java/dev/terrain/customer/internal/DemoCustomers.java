package dev.terrain.customer.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo company about 1,500 customers around Lyon, after the demo company itself exists: the same ones
 * on every empty installation (fixed seed), written with one set-based insert per table, in one transaction. Runs only with
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
    private final Customers customers;
    private final VisitDefaults defaults;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    DemoCustomers(JdbcClient jdbc, Customers customers, VisitDefaults defaults,
            AuditLog audit, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.jdbc = jdbc;
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
        unnest("customers", rows.customers, new String[][] {{"id", "id", "uuid"}, {"external_id", "ext", "text"},
                {"name", "name", "text"}, {"street", "street", "text"}, {"postal_code", "postal", "text"},
                {"city", "city", "text"}, {"region", "region", "text"}, {"country", "country", "text"},
                {"latitude", "lat", "double precision"}, {"longitude", "lon", "double precision"},
                {"location_quality", "quality", "text"}, {"phone", "phone", "text"}, {"email", "email", "text"},
                {"category", "category", "text"}, {"segment", "segment", "text"}, {"industry", "industry", "text"},
                {"status", "status", "text"}, {"annual_revenue", "revenue", "numeric"},
                {"potential", "potential", "numeric"}, {"ytd_sales", "ytd", "numeric"}, {"owner_id", "owner", "uuid"},
                {"visit_frequency_days", "frequency", "integer"}, {"priority", "priority", "integer"},
                {"preferred_weekdays", "preferred", "smallint[]"}, {"do_not_plan", "doNotPlan", "boolean"},
                {"last_visit_on", "lastVisit", "date"}});
        unnest("opening_hours", rows.openingHours, new String[][] {{"customer_id", "id", "uuid"},
                {"weekday", "day", "smallint"}, {"opens", "opens", "time"}, {"closes", "closes", "time"}});
        unnest("closing_days", rows.closingDays, new String[][] {{"customer_id", "id", "uuid"},
                {"first_day", "first", "date"}, {"last_day", "last", "date"}, {"reason", "reason", "text"}});
        unnest("contacts", rows.contacts, new String[][] {{"id", "id", "uuid"}, {"customer_id", "customer", "uuid"},
                {"name", "name", "text"}, {"role", "role", "text"}, {"phone", "phone", "text"},
                {"email", "email", "text"}, {"position", "position", "integer"}});
        unnest("customer_notes", rows.notes, new String[][] {{"id", "id", "uuid"}, {"customer_id", "customer", "uuid"},
                {"author_id", "author", "uuid"}, {"written_at", "at", "timestamptz"}, {"text", "text", "text"}});
        audit.record(CustomerWrites.AUDIT_ENTITY, "demo", "created", rows.customers.size() + " demo customers, "
                + rows.contacts.size() + " contacts, " + rows.notes.size() + " notes (demo company)");
        var ids = new HashSet<CustomerId>();
        rows.customers.forEach(row -> ids.add(new CustomerId((UUID) row.get("id"))));
        events.publishEvent(new CustomersChanged(ids));
        return rows.customers.size();
    }

    /**
     * Writes many rows in one statement: each column goes as one text array, is unnested and cast to its type
     * (table, column and type names are constants of this class, never input).
     */
    private void unnest(String table, List<Map<String, Object>> rows, String[][] columns) {
        if (rows.isEmpty()) {
            return;
        }
        var names = new StringJoiner(", ");
        var casts = new StringJoiner(", ");
        var arrays = new StringJoiner(", ");
        var aliases = new StringJoiner(", ");
        var params = new HashMap<String, Object>();
        for (int i = 0; i < columns.length; i++) {
            var column = columns[i];
            names.add(column[0]);
            casts.add("cast(u.c" + i + " as " + column[2] + ")");
            arrays.add("cast(:" + column[1] + " as text[])");
            aliases.add("c" + i);
            params.put(column[1], rows.stream().map(row -> text(row.get(column[1]))).toArray(String[]::new));
        }
        jdbc.sql("insert into " + table + " (" + names + ") select " + casts + " from unnest(" + arrays + ") as u("
                + aliases + ")").params(params).update();
    }

    private static String text(Object value) {
        if (value instanceof Integer[] days) {
            return "{" + String.join(",", java.util.Arrays.stream(days).map(String::valueOf).toList()) + "}";
        }
        return value == null ? null : value.toString();
    }
}
