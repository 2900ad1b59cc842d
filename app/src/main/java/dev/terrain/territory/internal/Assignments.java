package dev.terrain.territory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dev.terrain.platform.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assignment engine: writes which customers each territory holds by its rule ({@code source = 'RULE'}
 * rows of {@code territory_customers}), leaving manual rows alone and honouring exclusions.
 *
 * <p>Territories are evaluated level by level from the roots down, one statement per level: the statement
 * computes, for every territory of the level, the customers its rule matches among those its gate holds (the
 * nearest ancestor with a rule, already evaluated; no gate: all customers), then deletes the rule rows no
 * longer wanted and inserts the missing ones. A level is matched in at most two passes, however many
 * territories it has: one over all customers for the territories without gate, one over the gates' holdings
 * joined once to the customers, where each row evaluates only the rules of the territories under its gate. A full re-evaluation is therefore as many set-based statements
 * as the tree has levels. When many customers are evaluated, the territories without gate whose rule has keys
 * (a postal code prefix, a city, a country... see {@link RuleCompiler#keys}) are matched apart: a hash join of
 * the customers with their keys finds each one's candidates, and only those test the rule, instead of every
 * customer testing every rule. The scope may be narrowed to some territories (a subtree) and to some customers.
 */
@Component
class Assignments {

    private static final Logger LOG = LoggerFactory.getLogger(Assignments.class);

    private static final long LARGE_CHANGE = 10_000;

    /** Up to this many customers, one statement per level; beyond, the plan of {@link #many} scales better. */
    private static final int FEW = 1_000;

    private final JdbcClient jdbc;

    Assignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Re-evaluates the territories in {@code territories} (null: all) for the customers in {@code customers}
     * (null: all); returns, per territory that changed, {@code [added, removed]}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<UUID, long[]> evaluate(Set<UUID> territories, Collection<UUID> customers) {
        var tree = load();
        var levels = new TreeMap<Integer, List<Node>>();
        for (var node : tree.values()) {
            if (territories == null || territories.contains(node.id)) {
                levels.computeIfAbsent(depth(node, tree), d -> new ArrayList<>()).add(node);
            }
        }
        var changes = new HashMap<UUID, long[]>();
        for (var level : levels.values()) {
            changes.putAll(evaluateLevel(level, tree, customers));
        }
        return changes;
    }

    private Map<UUID, long[]> evaluateLevel(List<Node> level, Map<UUID, Node> tree, Collection<UUID> customers) {
        var parameters = new LinkedHashMap<String, Object>();
        var restricted = customers != null;
        var few = restricted && customers.size() <= FEW;
        var byGate = new LinkedHashMap<Optional<UUID>, List<String>>();
        var keys = new Keys();
        for (int i = 0; i < level.size(); i++) {
            var node = level.get(i);
            if (node.rule == null) {
                continue;
            }
            var predicate = RuleCompiler.compile(node.rule, "r" + i + "_");
            parameters.putAll(predicate.parameters());
            parameters.put("t" + i, node.id);
            var gate = Optional.ofNullable(gate(node, tree));
            var ruleKeys = few || gate.isPresent() ? List.<RuleCompiler.Key>of() : RuleCompiler.keys(node.rule);
            if (ruleKeys.isEmpty()) {
                byGate.computeIfAbsent(gate, g -> new ArrayList<>())
                        .add("case when " + predicate.sql() + " then cast(:t" + i + " as uuid) end");
            } else {
                keys.add(node.id, ruleKeys, "when cast(:t" + i + " as uuid) then " + predicate.sql());
            }
        }
        var branches = new ArrayList<String>();
        var idJoin = restricted ? " join ids on ids.id = c.id" : "";
        if (!keys.rules.isEmpty()) {
            branches.add(keys.branch(idJoin));
            keys.store();
        }
        var ungated = byGate.remove(Optional.<UUID>empty());
        if (ungated != null) {
            branches.add("select x.territory_id, c.id from customers c" + idJoin + " cross join lateral unnest(array["
                    + String.join(",\n  ", ungated) + "]) as x(territory_id) where x.territory_id is not null");
        }
        if (!byGate.isEmpty()) {
            var cases = new ArrayList<String>();
            var gates = new ArrayList<UUID>();
            for (var entry : byGate.entrySet()) {
                parameters.put("g" + gates.size(), entry.getKey().get());
                cases.add("when cast(:g" + gates.size() + " as uuid) then array[" + String.join(",\n  ", entry.getValue()) + "]");
                gates.add(entry.getKey().get());
            }
            parameters.put("gates", gates.toArray(UUID[]::new));
            branches.add("select x.territory_id, c.id from territory_customers g join customers c on c.id = g.customer_id" + idJoin
                    + " cross join lateral unnest(case g.territory_id " + String.join("\n  ", cases) + " end) as x(territory_id)"
                    + " where g.territory_id = any(cast(:gates as uuid[])) and x.territory_id is not null");
        }
        if (branches.isEmpty()) {
            branches.add("select cast(null as uuid), cast(null as uuid) where false");
        }
        parameters.put("level", level.stream().map(node -> node.id).toArray(UUID[]::new));
        var wanted = String.join("\nunion all\n", branches);
        if (restricted) {
            parameters.put("customers", customers.toArray(UUID[]::new));
        }
        return few ? few(wanted, parameters) : many(wanted, parameters, restricted);
    }

    /**
     * For a few customers: one statement whose common table expressions compute the wanted rows, then delete
     * and insert the differences.
     */
    private Map<UUID, long[]> few(String wanted, Map<String, Object> parameters) {
        var sql = "with ids as (select distinct unnest(cast(:customers as uuid[])) as id),\n"
                + "wanted (territory_id, customer_id) as (\n" + wanted + "\n),\n"
                + """
                kept as (
                    select w.territory_id, w.customer_id from wanted w
                    where not exists (select 1 from territory_exclusions x
                                      where x.territory_id = w.territory_id and x.customer_id = w.customer_id)
                ),
                removed as (
                    delete from territory_customers tc
                    where tc.source = 'RULE' and tc.territory_id = any(cast(:level as uuid[]))
                      and tc.customer_id in (select id from ids)
                      and not exists (select 1 from kept k where k.territory_id = tc.territory_id and k.customer_id = tc.customer_id)
                    returning tc.territory_id
                ),
                added as (
                    insert into territory_customers (territory_id, customer_id, source)
                    select k.territory_id, k.customer_id, 'RULE' from kept k
                    on conflict (territory_id, customer_id) do nothing
                    returning territory_id
                )
                select territory_id, sum(a) as added, sum(r) as removed from (
                    select territory_id, 1 as a, 0 as r from added
                    union all
                    select territory_id, 0, 1 from removed) x
                group by territory_id""";
        var result = new HashMap<UUID, long[]>();
        jdbc.sql(sql).params(parameters).query(rs -> {
            result.put(rs.getObject("territory_id", UUID.class), new long[] { rs.getLong("added"), rs.getLong("removed") });
        });
        return result;
    }

    /**
     * For all customers or many: one hash full join of the wanted rows with the level's current rows finds the
     * differences, which go to a small temporary table and are then applied; in a steady state nothing but the
     * differences is written. The statistics of {@code territory_customers} are refreshed after a large change,
     * for the next level's joins.
     */
    private Map<UUID, long[]> many(String wanted, Map<String, Object> parameters, boolean restricted) {
        jdbc.sql("create temp table if not exists territory_changes (territory_id uuid not null, customer_id uuid not null,"
                + " leaving boolean not null) on commit drop").update();
        jdbc.sql("truncate territory_changes").update();
        int changes = jdbc.sql((restricted ? "with ids as (select distinct unnest(cast(:customers as uuid[])) as id)\n" : "")
                        + "insert into territory_changes (territory_id, customer_id, leaving)\n"
                        + "select coalesce(w.territory_id, tc.territory_id), coalesce(w.customer_id, tc.customer_id), w.territory_id is null\n"
                        + "from (select w.territory_id, w.customer_id from (\n" + wanted + "\n) w (territory_id, customer_id)"
                        + " where not exists (select 1 from territory_exclusions x"
                        + " where x.territory_id = w.territory_id and x.customer_id = w.customer_id)) w\n"
                        + "full join (select territory_id, customer_id, source from territory_customers"
                        + " where territory_id = any(cast(:level as uuid[]))"
                        + (restricted ? " and customer_id in (select id from ids)" : "") + ") tc"
                        + " on tc.territory_id = w.territory_id and tc.customer_id = w.customer_id\n"
                        + "where tc.territory_id is null or (w.territory_id is null and tc.source = 'RULE')")
                .params(parameters).update();
        var result = new HashMap<UUID, long[]>();
        if (changes == 0) {
            return result;
        }
        if (changes > LARGE_CHANGE) {
            jdbc.sql("analyze territory_changes").update();
        }
        jdbc.sql("""
                with removed as (
                    delete from territory_customers tc using territory_changes d
                    where d.leaving and tc.territory_id = d.territory_id and tc.customer_id = d.customer_id and tc.source = 'RULE'
                    returning tc.territory_id)
                select territory_id, count(*) from removed group by territory_id""")
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), new long[] { 0, rs.getLong(2) });
                });
        jdbc.sql("""
                with added as (
                    insert into territory_customers (territory_id, customer_id, source)
                    select d.territory_id, d.customer_id, 'RULE' from territory_changes d where not d.leaving
                    on conflict (territory_id, customer_id) do nothing
                    returning territory_id)
                select territory_id, count(*) from added group by territory_id""")
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), id -> new long[2])[0] = rs.getLong(2);
                });
        if (changes > LARGE_CHANGE) {
            jdbc.sql("analyze territory_customers").update();
        }
        return result;
    }

    /** The nearest proper ancestor with a rule, whose holdings narrow the territory; null when none. */
    private static UUID gate(Node node, Map<UUID, Node> tree) {
        var parent = node.parentId == null ? null : tree.get(node.parentId);
        while (parent != null) {
            if (parent.rule != null) {
                return parent.id;
            }
            parent = parent.parentId == null ? null : tree.get(parent.parentId);
        }
        return null;
    }

    private static int depth(Node node, Map<UUID, Node> tree) {
        int depth = 0;
        for (var parent = node.parentId; parent != null && depth <= tree.size(); parent = tree.get(parent).parentId) {
            depth++;
        }
        return depth;
    }

    private Map<UUID, Node> load() {
        var customTypes = customTypes();
        var tree = new HashMap<UUID, Node>();
        jdbc.sql("select id, parent_id, rule::text as rule from territories").query(rs -> {
            var id = rs.getObject("id", UUID.class);
            tree.put(id, new Node(id, rs.getObject("parent_id", UUID.class), read(id, rs.getString("rule"), customTypes)));
        });
        return tree;
    }

    /** A stored rule that no longer reads (a custom field was removed since) holds nothing, and says so. */
    private static Rule read(UUID id, String json, Map<String, String> customTypes) {
        try {
            return RuleParser.parse(json, customTypes);
        } catch (InvalidInputException e) {
            LOG.warn("The rule of territory {} no longer reads ({}); it holds no customer by rule", id, e.getMessage());
            return new Rule.Group(true, List.of());
        }
    }

    Map<String, String> customTypes() {
        var types = new HashMap<String, String>();
        jdbc.sql("select key, type from custom_field_definitions").query(rs -> {
            types.put(rs.getString("key"), rs.getString("type"));
        });
        return types;
    }

    private record Node(UUID id, UUID parentId, Rule rule) {
    }

    /**
     * The keyed territories of a level ({@link RuleCompiler#keys}): their keys go to a temporary table, which one
     * hash join matches against each customer's probes, and only the candidates it finds test the rule.
     */
    private final class Keys {

        private final Map<String, Integer> probes = new LinkedHashMap<>();
        private final List<Integer> keyProbes = new ArrayList<>();
        private final List<String> keyValues = new ArrayList<>();
        private final List<UUID> keyTerritories = new ArrayList<>();
        private final List<String> rules = new ArrayList<>();

        void add(UUID territory, List<RuleCompiler.Key> keys, String rule) {
            for (var key : keys) {
                keyProbes.add(probes.computeIfAbsent(key.probe(), p -> probes.size()));
                keyValues.add(key.value());
                keyTerritories.add(territory);
            }
            rules.add(rule);
        }

        String branch(String idJoin) {
            var values = new ArrayList<String>();
            probes.forEach((probe, number) -> values.add("(" + number + ", " + probe + ")"));
            return "select k.territory_id, c.id from customers c" + idJoin
                    + " cross join lateral (values " + String.join(", ", values) + ") as p(probe, key)"
                    + " join territory_keys k on k.probe = p.probe and k.key = p.key"
                    + " where case k.territory_id " + String.join("\n  ", rules) + " end";
        }

        void store() {
            jdbc.sql("create temp table if not exists territory_keys (probe int not null, key text not null,"
                    + " territory_id uuid not null) on commit drop").update();
            jdbc.sql("truncate territory_keys").update();
            jdbc.sql("insert into territory_keys (probe, key, territory_id) select * from unnest(cast(:probes as int[]),"
                    + " cast(:keys as text[]), cast(:territories as uuid[]))")
                    .param("probes", keyProbes.toArray(Integer[]::new))
                    .param("keys", keyValues.toArray(String[]::new))
                    .param("territories", keyTerritories.toArray(UUID[]::new))
                    .update();
            jdbc.sql("analyze territory_keys").update();
        }
    }
}
