package dev.terrain.territory;

import java.util.List;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomersChanged;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UsersFixture;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Territories and customers for tests. Customers are written straight into {@code customers} (the customer
 * module is not needed), with a unique marker in their names so each test finds its own among the shared data.
 */
@Component
public class TerritoryFixture {

    public static final CurrentUser ROOT = UsersFixture.ROOT;

    private final TerritoryManagement territories;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    public TerritoryFixture(TerritoryManagement territories, JdbcClient jdbc, ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.territories = territories;
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = transaction;
    }

    public TerritoryView territory(String name, TerritoryView parent, String rule) {
        var created = territories.create(ROOT, new TerritoryDraft(parent == null ? null : parent.id(),
                UsersFixture.unique(name), null, null));
        if (rule != null) {
            territories.changeRule(ROOT, created.id(), rule, null);
        }
        return territories.get(ROOT, created.id());
    }

    /** A customer with a postal code and a city; the other columns keep their defaults. */
    public CustomerId customer(String name, String postalCode, String city) {
        return customer(name, postalCode, city, null, "{}");
    }

    public CustomerId customer(String name, String postalCode, String city, UUID owner, String customFields) {
        var id = CustomerId.random();
        jdbc.sql("""
                insert into customers (id, name, postal_code, city, country, owner_id, custom_fields)
                values (:id, :name, :postalCode, :city, 'FR', :owner, cast(:custom as jsonb))""")
                .param("id", id.value()).param("name", name).param("postalCode", postalCode).param("city", city)
                .param("owner", owner).param("custom", customFields).update();
        return id;
    }

    /** Changes a customer's postal code as the customer module would: the write and its event in one transaction. */
    public void movePostalCode(CustomerId id, String postalCode) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update customers set postal_code = :postalCode, version = version + 1 where id = :id")
                    .param("id", id.value()).param("postalCode", postalCode).update();
            events.publishEvent(new CustomersChanged(java.util.Set.of(id)));
        });
    }

    /** The names of the customers the territory holds, alphabetically, among those whose name contains {@code marker}. */
    public List<String> held(TerritoryView territory, String marker) {
        return jdbc.sql("""
                select c.name from territory_customers tc join customers c on c.id = tc.customer_id
                where tc.territory_id = :t and c.name like :marker order by c.name""")
                .param("t", territory.id().value()).param("marker", "%" + marker + "%").query(String.class).list();
    }

    public String source(TerritoryView territory, CustomerId customer) {
        return jdbc.sql("select source from territory_customers where territory_id = :t and customer_id = :c")
                .param("t", territory.id().value()).param("c", customer.value()).query(String.class).optional().orElse(null);
    }

    /** A rule that takes postal codes starting with any of the prefixes. */
    public static String postalPrefixes(String... prefixes) {
        return "{\"field\": \"postalCode\", \"op\": \"startsWith\", \"value\": [\""
                + String.join("\", \"", prefixes) + "\"]}";
    }

    public static String marker() {
        return "m" + UUID.randomUUID().toString().substring(0, 8);
    }
}
