package dev.terrain.territory.internal;

import java.util.List;
import java.util.UUID;

import dev.terrain.organization.AuditLog;
import dev.terrain.territory.RuleChange;
import dev.terrain.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes a territory's rule and re-evaluates its subtree. A preview does exactly the same work inside a
 * savepoint and rolls it back, so its figures are those the change would have on the same data.
 */
@Component
class RuleChanges {

    private static final int SAMPLES = 5;

    private final JdbcClient jdbc;
    private final Territories territories;
    private final Assignments assignments;
    private final AuditLog audit;
    private final TransactionTemplate savepoint;

    RuleChanges(JdbcClient jdbc, Territories territories, Assignments assignments, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.assignments = assignments;
        this.audit = audit;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The canonical JSON of a rule, after strict validation (400 naming the path of each problem). */
    String validated(String ruleJson) {
        return RuleJson.write(RuleParser.parse(ruleJson, assignments.customTypes()));
    }

    RuleChange preview(TerritoryView territory, String ruleJson) {
        var canonical = validated(ruleJson);
        return savepoint.execute(status -> {
            var change = run(territory, canonical, false);
            status.setRollbackOnly();
            return change;
        });
    }

    RuleChange apply(TerritoryView territory, String ruleJson) {
        var canonical = validated(ruleJson);
        var change = run(territory, canonical, true);
        audit.record("territory", territory.id(), "rule changed", "rule: " + territory.rule() + " -> " + canonical
                + "; entering: " + change.entering() + "; leaving: " + change.leaving());
        return change;
    }

    private RuleChange run(TerritoryView territory, String canonical, boolean applied) {
        var id = territory.id().value();
        jdbc.sql("create temp table if not exists territory_rule_before (customer_id uuid primary key) on commit drop")
                .update();
        jdbc.sql("truncate territory_rule_before").update();
        jdbc.sql("insert into territory_rule_before select customer_id from territory_customers where territory_id = :id")
                .param("id", id).update();
        territories.changeRule(territory.id(), canonical);
        var changes = assignments.evaluate(territories.subtree(territory.id()), null);
        long subtree = changes.values().stream().mapToLong(c -> c[0] + c[1]).sum();
        var entering = """
                from territory_customers tc join customers c on c.id = tc.customer_id where tc.territory_id = :id
                and not exists (select 1 from territory_rule_before b where b.customer_id = tc.customer_id)""";
        var leaving = """
                from territory_rule_before b join customers c on c.id = b.customer_id
                where not exists (select 1 from territory_customers tc
                                  where tc.territory_id = :id and tc.customer_id = b.customer_id)""";
        long entered = count(entering, id);
        long left = count(leaving, id);
        return new RuleChange(territory.id(), entered, left, entered == 0 ? List.of() : samples(entering, id),
                left == 0 ? List.of() : samples(leaving, id), subtree, applied);
    }

    private long count(String from, UUID id) {
        return jdbc.sql("select count(*) " + from).param("id", id).query(Long.class).single();
    }

    /**
     * The first names in name order, sorted from the changed rows: ordered as {@code lower(c.name), c.id}, the
     * planner would walk the whole name index of the customers looking for a few of them (seconds at a million).
     */
    private List<String> samples(String from, UUID id) {
        return jdbc.sql("select c.name " + from + " order by lower(c.name) || '', c.id limit " + SAMPLES)
                .param("id", id).query(String.class).list();
    }
}
