package dev.terrain.territory.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerVisibility;
import dev.terrain.organization.AuditLog;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.ResultPage;
import dev.terrain.platform.NotFoundException;
import dev.terrain.territory.HeldCustomer;
import dev.terrain.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customers a territory holds, read through the visibility rule, and the manual overrides: an inclusion
 * ({@code MANUAL} row) or an exclusion wins over the rule; after each override the territory's subtree is
 * re-evaluated for that customer, since the territories below take only what it holds.
 */
@Component
class ManualHoldings {

    private final JdbcClient jdbc;
    private final CustomerVisibility visibility;
    private final Territories territories;
    private final Assignments assignments;
    private final AuditLog audit;

    ManualHoldings(JdbcClient jdbc, CustomerVisibility visibility, Territories territories, Assignments assignments,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.visibility = visibility;
        this.territories = territories;
        this.assignments = assignments;
        this.audit = audit;
    }

    ResultPage<HeldCustomer> page(CurrentUser actor, dev.terrain.territory.TerritoryId id, boolean excluded,
            String text, int page, int size) {
        var visible = visibility.visibleTo(actor, "c");
        var from = excluded
                ? " from territory_exclusions h join customers c on c.id = h.customer_id"
                : " from territory_customers h join customers c on c.id = h.customer_id";
        var where = " where h.territory_id = :territory and " + visible.sql()
                + " and (cast(:text as text) is null or lower(c.name) like :text or c.postal_code like :text)";
        var pattern = text == null || text.isBlank() ? null
                : "%" + RuleCompiler.escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
        long total = jdbc.sql("select count(*)" + from + where).params(visible.parameters())
                .param("territory", id.value()).param("text", pattern).query(Long.class).single();
        var source = excluded ? "'EXCLUDED'" : "h.source";
        var items = jdbc.sql("select c.id, c.name, c.postal_code, c.city, " + source + " as source" + from + where
                        + " order by lower(c.name), c.id limit :limit offset :offset")
                .params(visible.parameters()).param("territory", id.value()).param("text", pattern)
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, row) -> new HeldCustomer(new CustomerId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getString("postal_code"), rs.getString("city"), rs.getString("source")))
                .list();
        return ResultPage.of(items, page, size, total);
    }

    java.util.List<HeldCustomer> candidates(CurrentUser actor, dev.terrain.territory.TerritoryId id, String text) {
        var visible = visibility.visibleTo(actor, "c");
        var pattern = "%" + RuleCompiler.escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.sql("select c.id, c.name, c.postal_code, c.city from customers c where " + visible.sql()
                        + " and (lower(c.name) like :text or c.postal_code like :text)"
                        + " and not exists (select 1 from territory_customers h where h.territory_id = :territory and h.customer_id = c.id)"
                        + " order by lower(c.name), c.id limit 10")
                .params(visible.parameters()).param("territory", id.value()).param("text", pattern)
                .query((rs, row) -> new HeldCustomer(new CustomerId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getString("postal_code"), rs.getString("city"), null))
                .list();
    }

    void include(CurrentUser actor, TerritoryView territory, CustomerId customer) {
        var name = visibleName(actor, customer);
        var ids = Map.of("territory", territory.id().value(), "customer", customer.value());
        jdbc.sql("delete from territory_exclusions where territory_id = :territory and customer_id = :customer").params(ids).update();
        jdbc.sql("""
                insert into territory_customers (territory_id, customer_id, source) values (:territory, :customer, 'MANUAL')
                on conflict (territory_id, customer_id) do update set source = 'MANUAL'""").params(ids).update();
        reevaluate(territory, customer);
        audit.record("territory", territory.id(), "customer included", name + " (" + customer + ") in " + territory.name());
    }

    void exclude(CurrentUser actor, TerritoryView territory, CustomerId customer) {
        var name = visibleName(actor, customer);
        var ids = Map.of("territory", territory.id().value(), "customer", customer.value());
        jdbc.sql("delete from territory_customers where territory_id = :territory and customer_id = :customer").params(ids).update();
        jdbc.sql("""
                insert into territory_exclusions (territory_id, customer_id) values (:territory, :customer)
                on conflict do nothing""").params(ids).update();
        reevaluate(territory, customer);
        audit.record("territory", territory.id(), "customer excluded", name + " (" + customer + ") from " + territory.name());
    }

    void followRule(CurrentUser actor, TerritoryView territory, CustomerId customer) {
        var name = visibleName(actor, customer);
        var ids = Map.of("territory", territory.id().value(), "customer", customer.value());
        int exclusions = jdbc.sql("delete from territory_exclusions where territory_id = :territory and customer_id = :customer")
                .params(ids).update();
        int inclusions = jdbc.sql("""
                delete from territory_customers where territory_id = :territory and customer_id = :customer and source = 'MANUAL'""")
                .params(ids).update();
        reevaluate(territory, customer);
        if (exclusions + inclusions > 0) {
            audit.record("territory", territory.id(), "customer follows rule", name + " (" + customer + ") in " + territory.name());
        }
    }

    private void reevaluate(TerritoryView territory, CustomerId customer) {
        assignments.evaluate(territories.subtree(territory.id()), List.of(customer.value()));
    }

    /** The customer's name, if the actor sees the customer; otherwise "not found", as if absent. */
    private String visibleName(CurrentUser actor, CustomerId customer) {
        var visible = visibility.visibleTo(actor, "c");
        return jdbc.sql("select c.name from customers c where c.id = :customer and " + visible.sql())
                .params(visible.parameters()).param("customer", customer.value())
                .query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Customer", customer));
    }
}
