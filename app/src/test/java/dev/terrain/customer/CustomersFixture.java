package dev.terrain.customer;

import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.UsersFixture;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Customers and territories for tests, each with unique names since every test shares one database. Customers
 * are created through {@link CustomerManagement} as an admin would; territories straight in SQL.
 */
@Component
public class CustomersFixture {

    private final CustomerManagement customers;
    private final JdbcClient jdbc;

    public CustomersFixture(CustomerManagement customers, JdbcClient jdbc) {
        this.customers = customers;
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return UsersFixture.unique(prefix);
    }

    public static CustomerDraft.Builder draft(String name) {
        return CustomerDraft.builder().name(name).street("12 rue de la République").postalCode("69002").city("Lyon")
                .country("FR").location(45.7640, 4.8357).phone("+33 4 78 00 00 00").email("contact@example.fr");
    }

    /** A customer owned by {@code owner} (null: nobody), created by an admin. */
    public CustomerView ownedBy(CurrentUser owner, String name) {
        return customers.create(UsersFixture.ROOT, draft(name).ownerId(owner == null ? null : owner.id()).build());
    }

    public CustomerView ownedBy(CurrentUser owner) {
        return ownedBy(owner, unique("Boulangerie"));
    }

    /** A new territory under {@code parent} (null: a root), with its closure rows. */
    public UUID territory(UUID parent) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into territories (id, parent_id, name) values (:id, :parent, :name)")
                .param("id", id).param("parent", parent).param("name", unique("Territory")).update();
        jdbc.sql("insert into territory_paths (ancestor_id, descendant_id, depth) values (:id, :id, 0)")
                .param("id", id).update();
        if (parent != null) {
            jdbc.sql("""
                    insert into territory_paths (ancestor_id, descendant_id, depth)
                    select ancestor_id, :id, depth + 1 from territory_paths where descendant_id = :parent""")
                    .param("id", id).param("parent", parent).update();
        }
        return id;
    }

    public void hold(UUID territory, CustomerId customer) {
        jdbc.sql("insert into territory_customers (territory_id, customer_id, source) values (:t, :c, 'MANUAL')")
                .param("t", territory).param("c", customer.value()).update();
    }

    public void member(UUID territory, CurrentUser user) {
        jdbc.sql("insert into territory_members (territory_id, user_id, role) values (:t, :u, 'MEMBER')")
                .param("t", territory).param("u", user.id().value()).update();
    }
}
