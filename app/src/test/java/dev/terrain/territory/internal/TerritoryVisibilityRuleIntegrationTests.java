package dev.terrain.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.terrain.bench.BenchDatabase;
import dev.terrain.bench.VisibilityData;
import dev.terrain.customer.CustomerVisibility;
import dev.terrain.organization.CurrentUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The materialised rule, {@code customer_access}, holds exactly the (user, customer) pairs of the visibility
 * rule, computed here independently (ancestors by walking parent ids, not through territory_paths), after the
 * company is generated with the triggers on and after every kind of change the rule depends on, made with
 * the statements the application uses. Runs on its own embedded PostgreSQL with the benchmark company at
 * 5,000 customers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TerritoryVisibilityRuleIntegrationTests {

    private static final String RULE_BY_HAND = """
            with recursive below (root, id) as (
                select t.id, t.id from territories t
                union all
                select below.root, t.id from territories t join below on t.parent_id = below.id
            )
            select c.owner_id as user_id, c.id as customer_id from customers c where c.owner_id is not null
            union
            select mine.user_id, c.id from customers c
            join group_members theirs on theirs.user_id = c.owner_id
            join group_members mine on mine.group_id = theirs.group_id
            join users me on me.id = mine.user_id and me.role = 'SUPERVISOR'
            union
            select m.user_id, tc.customer_id
            from territory_members m
            join below on below.root = m.territory_id
            join territory_customers tc on tc.territory_id = below.id""";

    private static BenchDatabase database;
    private static JdbcClient jdbc;
    private static VisibilityData data;

    @BeforeAll
    static void generate() {
        database = BenchDatabase.start(null, true).migrate();
        jdbc = JdbcClient.create(database.dataSource());
        data = new VisibilityData(database.dataSource());
        data.generate(7, 5_000, System.out);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    @Order(2) // it changes the company
    void theTableHoldsExactlyTheRuleAfterEveryKindOfChange() {
        assertAccessIsTheRule("generated");
        var reps = data.users("rep");
        var supervisor = data.users("supervisor-department").get(3);

        sql("update customers set owner_id = :u where id in (select id from customers order by id limit 60)", reps.get(5));
        assertAccessIsTheRule("owners changed");
        sql("update customers set owner_id = null where id in (select id from customers order by id desc limit 10)", null);
        assertAccessIsTheRule("owners removed");
        sql("update customers set name = 'Zz ' || name where id in (select id from customers order by id limit 30)", null);
        assertAccessIsTheRule("customers renamed");
        sql("update customers set phone = '+33 4 00 00 00 00' where postal_code like '69%'", null);
        assertAccessIsTheRule("an unrelated column changed");
        sql("update customers set city = upper(city), external_id = 'X-' || id where postal_code like '13%'", null);
        assertAccessIsTheRule("cities and external ids changed");

        sql("delete from group_members where user_id = :u", reps.get(5));
        assertAccessIsTheRule("a rep left their group");
        sql("insert into group_members (group_id, user_id) select group_id, :u from group_members g "
                + "where g.user_id = '" + supervisor.id().value() + "' limit 1", reps.get(5));
        assertAccessIsTheRule("a rep joined another group");
        sql("update users set role = 'SUPERVISOR' where id = :u", reps.get(7));
        assertAccessIsTheRule("a rep became supervisor");
        sql("update users set role = 'REP' where id = :u", supervisor);
        assertAccessIsTheRule("a supervisor became rep");
        sql("delete from user_groups where id = (select group_id from group_members where user_id = :u limit 1)", reps.get(9));
        assertAccessIsTheRule("a group deleted");

        sql("delete from territory_members where user_id = :u", reps.get(11));
        assertAccessIsTheRule("memberships removed");
        sql("insert into territory_members (territory_id, user_id, role) "
                + "select id, :u, 'MEMBER' from territories where parent_id is not null and rule is null limit 1", reps.get(11));
        assertAccessIsTheRule("a membership of a territory with descendants");

        var department = jdbc.sql("""
                select t.id from territories t where exists (select 1 from territories s where s.parent_id = t.id)
                  and t.parent_id in (select id from territories where parent_id is not null)
                order by t.id limit 1""").query(UUID.class).single();
        var region = jdbc.sql("""
                select id from territories where parent_id = (select id from territories where parent_id is null)
                  and id <> (select parent_id from territories where id = :d) order by id limit 1""")
                .param("d", department).query(UUID.class).single();
        moveSubtree(department, region);
        assertAccessIsTheRule("a department moved to another region");

        sql("delete from territory_customers where territory_id = (select territory_id from territory_members "
                + "where user_id = :u limit 1) and source = 'RULE'", reps.get(13));
        assertAccessIsTheRule("rule assignments removed");
        sql("insert into territory_customers (territory_id, customer_id, source) "
                + "select (select territory_id from territory_members where user_id = :u limit 1), id, 'MANUAL' "
                + "from customers order by id desc limit 25 on conflict do nothing", reps.get(13));
        assertAccessIsTheRule("customers placed by hand");
        sql("delete from territories where id = (select territory_id from territory_members where user_id = :u "
                + "and territory_id not in (select parent_id from territories where parent_id is not null) limit 1)", reps.get(15));
        assertAccessIsTheRule("a sector deleted");

        sql("delete from customers where id in (select id from customers order by name limit 40)", null);
        assertAccessIsTheRule("customers deleted");
        sql("""
                insert into customers (id, name, owner_id, postal_code, city, country, status, category)
                select gen_random_uuid(), 'New customer ' || n, :u, '69001', 'Lyon', 'FR', 'ACTIVE', 'B'
                from generate_series(1, 20) n""", reps.get(17));
        assertAccessIsTheRule("customers created");
    }

    @Test
    @Order(1)
    void theScopeListsTheVisibleCustomersInNameOrderAndThePredicateAgrees() {
        var rule = new TerritoryVisibility(jdbc);
        var users = new ArrayList<CurrentUser>();
        users.add(data.users("supervisor-national").get(0));
        users.add(data.users("supervisor-region").get(1));
        users.add(data.users("supervisor-department").get(2));
        users.addAll(data.users("rep").subList(20, 24));
        for (var user : users) {
            var expected = jdbc.sql("select customer_id from (" + RULE_BY_HAND + ") r where r.user_id = :user")
                    .param("user", user.id().value()).query(UUID.class).list();
            assertThat(expected).as("%s sees someone", user.email()).isNotEmpty();
            var scope = rule.scopeOf(user, "c");
            var listed = jdbc.sql("select c.id from " + scope.from() + " order by " + scope.nameKey() + ", " + scope.idKey())
                    .params(scope.parameters()).query(UUID.class).list();
            var inNameOrder = jdbc.sql("select id from customers where id = any(:ids) order by lower(name), id")
                    .param("ids", expected.toArray(UUID[]::new)).query(UUID.class).list();
            assertThat(listed).as("%s, in name order", user.email()).isEqualTo(inNameOrder);
            for (var alias : List.of("c", "m", "vis", "x")) {
                var predicate = rule.visibleTo(user, alias);
                var seen = jdbc.sql("select " + alias + ".id from customers " + alias + " where " + predicate.sql())
                        .params(predicate.parameters()).query(UUID.class).list();
                assertThat(new HashSet<>(seen)).as("%s, predicate over alias %s", user.email(), alias)
                        .isEqualTo(new HashSet<>(expected));
            }
        }
    }

    /**
     * Two transactions each take away one of the two territories through which a user sees a customer. Each,
     * alone, would still see the other territory and keep the pair; the lock of the triggers makes the second
     * wait for the first and see its change.
     */
    @Test
    @Order(3) // it changes the company
    void twoTransactionsRemovingTheLastTwoReasonsAtOnceLeaveNoPair() throws Exception {
        var pair = jdbc.sql("""
                select m.user_id, a.customer_id, a.territory_id as first, b.territory_id as second
                from territory_customers a
                join territory_customers b on b.customer_id = a.customer_id and b.territory_id > a.territory_id
                join territory_members m on m.territory_id = a.territory_id
                join territory_members n on n.territory_id = b.territory_id and n.user_id = m.user_id
                join customers c on c.id = a.customer_id
                where c.owner_id <> m.user_id
                  and not exists (select 1 from territory_members o where o.user_id = m.user_id
                                  and o.territory_id not in (a.territory_id, b.territory_id))
                limit 1""").query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class) }).single();
        assertThat(accessRows(pair[0], pair[1])).isEqualTo(1);
        try (var first = database.dataSource().getConnection(); var second = database.dataSource().getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            removeAssignment(first, pair[2], pair[1]);
            var other = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    removeAssignment(second, pair[3], pair[1]);
                    second.commit();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500); // the second is waiting for the lock held by the first
            first.commit();
            other.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(accessRows(pair[0], pair[1])).as("the pair after both commits").isZero();
        assertAccessIsTheRule("two concurrent removals");
    }

    private static void removeAssignment(java.sql.Connection connection, UUID territory, UUID customer) throws java.sql.SQLException {
        try (var statement = connection.prepareStatement("delete from territory_customers where territory_id = ? and customer_id = ?")) {
            statement.setObject(1, territory);
            statement.setObject(2, customer);
            statement.executeUpdate();
        }
    }

    private static long accessRows(UUID user, UUID customer) {
        return jdbc.sql("select count(*) from customer_access where user_id = ? and customer_id = ?")
                .params(user, customer).query(Long.class).single();
    }

    @Test
    @Order(1)
    void aRepSeesOnlyPartOfTheCompanyAndTheNationalManagerAndAdminsSeeAll() {
        var all = jdbc.sql("select count(*) from customers").query(Long.class).single();
        var rule = new TerritoryVisibility(jdbc);
        assertThat((long) visible(rule, data.users("rep").get(0)).size()).isBetween(1L, all / 10);
        assertThat((long) visible(rule, data.users("supervisor-national").get(0)).size()).isEqualTo(all);
        var rep = data.users("rep").get(0);
        var seen = visible(rule, rep).size();
        assertThat(rule.seesMoreThan(rep, seen - 1)).isTrue();
        assertThat(rule.seesMoreThan(rep, seen)).isFalse();
        var admin = data.users("admin").get(0);
        assertThat(rule.seesMoreThan(admin, Integer.MAX_VALUE - 1)).isTrue();
        assertThat(rule.visibleTo(admin, "c")).isEqualTo(CustomerVisibility.Predicate.always());
        assertThat(rule.scopeOf(admin, "c")).isEqualTo(CustomerVisibility.Scope.everything("c"));
    }

    private static void assertAccessIsTheRule(String after) {
        var missing = jdbc.sql("select count(*) from ((" + RULE_BY_HAND + ") except select user_id, customer_id from customer_access) x")
                .query(Long.class).single();
        var extra = jdbc.sql("select count(*) from (select user_id, customer_id from customer_access except (" + RULE_BY_HAND + ")) x")
                .query(Long.class).single();
        var staleNames = jdbc.sql("select count(*) from customer_access a join customers c on c.id = a.customer_id "
                + "where a.name_key <> lower(c.name) or a.search_text <> lower(c.name || chr(1) || coalesce(c.city, '') || chr(1) "
                + "|| coalesce(c.postal_code, '') || chr(1) || coalesce(c.external_id, ''))").query(Long.class).single();
        assertThat(new long[] { missing, extra, staleNames }).as("missing, extra and stale pairs after: %s", after)
                .containsExactly(0, 0, 0);
    }

    /** As {@code Territories.move}. */
    private static void moveSubtree(UUID id, UUID parent) {
        jdbc.sql("""
                delete from territory_paths
                where descendant_id in (select descendant_id from territory_paths where ancestor_id = :id)
                  and ancestor_id not in (select descendant_id from territory_paths where ancestor_id = :id)""")
                .param("id", id).update();
        jdbc.sql("""
                insert into territory_paths (ancestor_id, descendant_id, depth)
                select above.ancestor_id, below.descendant_id, above.depth + below.depth + 1
                from territory_paths above cross join territory_paths below
                where above.descendant_id = :parent and below.ancestor_id = :id""")
                .param("id", id).param("parent", parent).update();
        jdbc.sql("update territories set parent_id = :parent where id = :id").param("id", id).param("parent", parent).update();
    }

    private static void sql(String statement, CurrentUser user) {
        var spec = jdbc.sql(statement);
        if (user != null) {
            spec = spec.param("u", user.id().value());
        }
        spec.update();
    }

    private static Set<UUID> visible(TerritoryVisibility rule, CurrentUser user) {
        var predicate = rule.visibleTo(user, "c");
        return new HashSet<>(jdbc.sql("select c.id from customers c where " + predicate.sql())
                .params(predicate.parameters()).query(UUID.class).list());
    }
}
