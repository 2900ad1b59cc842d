package dev.terrain.territory.internal;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import dev.terrain.organization.AuditLog;
import dev.terrain.territory.TerritoryId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo company a three-level territory tree around Lyon (France > Auvergne-Rhône-Alpes > Lyon Nord,
 * Lyon Sud, Isère, Ain, Loire) with postal-code rules, the demo reps and supervisors as members, and this
 * year's targets; then assigns the customers. Runs after the demo company (order 10) and demo customers
 * (order 20), only when no territory exists yet; works with or without customers (those created later are
 * assigned as they are saved).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "terrain.demo.enabled", havingValue = "true")
class DemoTerritories implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTerritories.class);
    private static final String DOMAIN = "@demo.terrain.dev";

    /** name, parent name, rule, members as "e-mail local part:ROLE". */
    record Demo(String name, String parent, String rule, List<String> members) {
    }

    static final List<Demo> TREE = List.of(
            new Demo("France", null, null, List.of()),
            new Demo("Auvergne-Rhône-Alpes", "France", prefixes("01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"),
                    List.of()),
            new Demo("Lyon Nord", "Auvergne-Rhône-Alpes", """
                    {"any": [{"field": "postalCode", "op": "between", "value": ["69001", "69006"]},
                             {"field": "postalCode", "op": "between", "value": ["69100", "69189"]},
                             {"field": "postalCode", "op": "startsWith", "value": ["693", "695"]}]}""",
                    List.of("claire.martin:MANAGER", "julie.petit:MEMBER", "lucas.moreau:MEMBER", "emma.laurent:MEMBER",
                            "hugo.simon:MEMBER")),
            new Demo("Lyon Sud", "Auvergne-Rhône-Alpes", """
                    {"any": [{"field": "postalCode", "op": "between", "value": ["69007", "69009"]},
                             {"field": "postalCode", "op": "between", "value": ["69190", "69299"]},
                             {"field": "postalCode", "op": "startsWith", "value": ["694", "696", "697", "698", "699"]}]}""",
                    List.of("thomas.bernard:MANAGER", "lea.michel:MEMBER", "nathan.lefebvre:MEMBER", "chloe.leroy:MEMBER",
                            "louis.roux:MEMBER")),
            new Demo("Isère", "Auvergne-Rhône-Alpes", prefixes("38"), List.of("thomas.bernard:MANAGER", "louis.roux:MEMBER")),
            new Demo("Ain", "Auvergne-Rhône-Alpes", prefixes("01"), List.of("claire.martin:MANAGER", "hugo.simon:MEMBER")),
            new Demo("Loire", "Auvergne-Rhône-Alpes", prefixes("42"), List.of("thomas.bernard:MANAGER", "nathan.lefebvre:MEMBER")));

    private final Territories territories;
    private final RuleChanges rules;
    private final Assignments assignments;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    DemoTerritories(Territories territories, RuleChanges rules, Assignments assignments, JdbcClient jdbc, AuditLog audit,
            TransactionTemplate transaction) {
        this.territories = territories;
        this.rules = rules;
        this.assignments = assignments;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(transaction.execute(status -> createIfEmpty()))) {
            LOG.info("Demo territories created around Lyon, with members and {} targets", Year.now());
        }
    }

    boolean createIfEmpty() {
        territories.lockTree();
        if (territories.count() > 0) {
            return false;
        }
        create();
        return true;
    }

    /** Builds the tree, its members and targets, then assigns every customer. */
    void create() {
        var ids = new java.util.HashMap<String, TerritoryId>();
        int year = Year.now().getValue();
        for (var demo : TREE) {
            var id = TerritoryId.random();
            territories.insert(id, demo.parent() == null ? null : ids.get(demo.parent()), demo.name(), "Demo territory", null);
            territories.changeRule(id, rules.validated(demo.rule()));
            ids.put(demo.name(), id);
            audit.record("territory", id, "created", "name: " + demo.name() + " (demo)");
            if (demo.parent() != null && !demo.members().isEmpty()) {
                target(id, null, year, 1);
            }
            for (var member : demo.members()) {
                var parts = member.split(":");
                userId(parts[0]).ifPresent(user -> {
                    jdbc.sql("insert into territory_members (territory_id, user_id, role) values (:t, :u, :role) on conflict do nothing")
                            .param("t", id.value()).param("u", user).param("role", parts[1]).update();
                    if (parts[1].equals("MEMBER")) {
                        target(id, user, year, 4);
                    }
                });
            }
        }
        assignments.evaluate(null, null);
    }

    /** Quarterly targets for a territory (user null), monthly ones for a member. */
    private void target(TerritoryId territory, UUID user, int year, int share) {
        boolean quarters = user == null;
        for (int i = 1; i <= (quarters ? 4 : 12); i++) {
            var period = quarters ? year + "-Q" + i : String.format("%d-%02d", year, i);
            var startsOn = java.time.LocalDate.of(year, quarters ? (i - 1) * 3 + 1 : i, 1);
            jdbc.sql("""
                    insert into territory_targets (id, territory_id, user_id, period, starts_on, revenue, visits, new_customers)
                    values (:id, :t, :u, :period, :startsOn, :revenue, :visits, :newCustomers)""")
                    .param("id", UUID.randomUUID()).param("t", territory.value()).param("u", user).param("period", period)
                    .param("startsOn", startsOn)
                    .param("revenue", BigDecimal.valueOf(quarters ? 240_000 : 20_000 / share))
                    .param("visits", quarters ? 480 : 40).param("newCustomers", quarters ? 12 : 1).update();
        }
    }

    private java.util.Optional<UUID> userId(String localPart) {
        return jdbc.sql("select id from users where lower(email) = :email and active")
                .param("email", localPart + DOMAIN).query(UUID.class).optional();
    }

    private static String prefixes(String... prefixes) {
        return "{\"field\": \"postalCode\", \"op\": \"startsWith\", \"value\": [\"" + String.join("\", \"", prefixes) + "\"]}";
    }
}
