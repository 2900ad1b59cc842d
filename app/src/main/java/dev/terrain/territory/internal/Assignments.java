package dev.terrain.territory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * longer wanted and inserts the missing ones. A full re-evaluation is therefore as many set-based statements
 * as the tree has levels. The scope may be narrowed to some territories (a subtree) and to some customers.
 */
@Component
class Assignments {

    private static final Logger LOG = LoggerFactory.getLogger(Assignments.class);

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
        var branches = new ArrayList<String>();
        var restricted = customers != null;
        for (int i = 0; i < level.size(); i++) {
            var node = level.get(i);
            if (node.rule == null) {
                continue;
            }
            var predicate = RuleCompiler.compile(node.rule, "r" + i + "_");
            parameters.putAll(predicate.parameters());
            parameters.put("t" + i, node.id);
            var gate = gate(node, tree);
            var idJoin = restricted ? " join ids on ids.id = c.id" : "";
            if (gate == null) {
                branches.add("select cast(:t" + i + " as uuid), c.id from customers c" + idJoin + " where " + predicate.sql());
            } else {
                parameters.put("g" + i, gate);
                branches.add("select cast(:t" + i + " as uuid), c.id from territory_customers g join customers c on c.id = g.customer_id"
                        + idJoin + " where g.territory_id = :g" + i + " and " + predicate.sql());
            }
        }
        if (branches.isEmpty()) {
            branches.add("select cast(null as uuid), cast(null as uuid) where false");
        }
        parameters.put("level", level.stream().map(node -> node.id).toArray(UUID[]::new));
        if (restricted) {
            parameters.put("customers", customers.toArray(UUID[]::new));
        }
        var sql = (restricted ? "with ids as (select distinct unnest(cast(:customers as uuid[])) as id),\n" : "with ")
                + "wanted (territory_id, customer_id) as (\n" + String.join("\nunion all\n", branches) + "\n),\n"
                + """
                kept as (
                    select w.territory_id, w.customer_id from wanted w
                    where not exists (select 1 from territory_exclusions x
                                      where x.territory_id = w.territory_id and x.customer_id = w.customer_id)
                ),
                removed as (
                    delete from territory_customers tc
                    where tc.source = 'RULE' and tc.territory_id = any(cast(:level as uuid[]))
                """ + (restricted ? "      and tc.customer_id in (select id from ids)\n" : "") + """
                      and not exists (select 1 from kept k where k.territory_id = tc.territory_id and k.customer_id = tc.customer_id)
                    returning tc.territory_id
                ),
                added as (
                    insert into territory_customers (territory_id, customer_id, source)
                    select territory_id, customer_id, 'RULE' from kept
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
}
