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
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The visibility predicate, with either of its plans, lets each user see exactly the customers the rule
 * gives them, computed here independently (ancestors by walking parent ids, not through territory_paths).
 * Runs on its own embedded PostgreSQL with the benchmark company at 5,000 customers.
 */
class TerritoryVisibilityRuleIntegrationTests {

    private static final String RULE_BY_HAND = """
            select c.id from customers c where c.owner_id = :user
            union
            select c.id from customers c
            join group_members theirs on theirs.user_id = c.owner_id
            join group_members mine on mine.group_id = theirs.group_id and mine.user_id = :user
            join users me on me.id = mine.user_id and me.role = 'SUPERVISOR'
            union
            select tc.customer_id
            from territory_members m
            join lateral (with recursive below (id) as (
                              select m.territory_id
                              union all
                              select t.id from territories t join below on t.parent_id = below.id)
                          select id from below) d on true
            join territory_customers tc on tc.territory_id = d.id
            where m.user_id = :user""";

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
    void everyKindOfUserSeesExactlyWhatTheRuleGivesWithEitherPlan() {
        var users = new ArrayList<CurrentUser>();
        users.addAll(data.users("supervisor-national"));
        users.addAll(data.users("supervisor-region").subList(0, 5));
        users.addAll(data.users("supervisor-department").subList(0, 8));
        users.addAll(data.users("rep").subList(0, 12));
        for (var user : users) {
            var expected = ids(RULE_BY_HAND, user);
            assertThat(expected).as("%s sees someone", user.email()).isNotEmpty();
            assertThat(visible(new TerritoryVisibility(), user)).as("%s, default", user.email()).isEqualTo(expected);
            assertThat(visible(new TerritoryVisibility(0), user)).as("%s, one by one", user.email()).isEqualTo(expected);
            assertThat(visible(new TerritoryVisibility(Integer.MAX_VALUE), user)).as("%s, as a set", user.email())
                    .isEqualTo(expected);
        }
    }

    @Test
    void aRepSeesOnlyPartOfTheCompanyAndTheNationalManagerAndAdminsSeeAll() {
        var all = jdbc.sql("select count(*) from customers").query(Long.class).single();
        var rep = data.users("rep").get(0);
        var national = data.users("supervisor-national").get(0);
        var admin = data.users("admin").get(0);
        assertThat((long) visible(new TerritoryVisibility(), rep).size()).isBetween(1L, all / 10);
        assertThat((long) visible(new TerritoryVisibility(), national).size()).isEqualTo(all);
        assertThat(new TerritoryVisibility().visibleTo(admin, "c")).isEqualTo(CustomerVisibility.Predicate.always());
    }

    @Test
    void thePredicateWorksWhateverTheCallersAliasForCustomers() {
        var user = data.users("supervisor-region").get(0);
        for (var alias : List.of("m", "p", "tc", "s", "x")) {
            var predicate = new TerritoryVisibility(0).visibleTo(user, alias);
            var seen = new HashSet<>(jdbc.sql("select " + alias + ".id from customers " + alias + " where " + predicate.sql())
                    .params(predicate.parameters()).query(UUID.class).list());
            assertThat(seen).as(alias).isEqualTo(ids(RULE_BY_HAND, user));
        }
    }

    private static Set<UUID> visible(TerritoryVisibility rule, CurrentUser user) {
        var predicate = rule.visibleTo(user, "c");
        return new HashSet<>(jdbc.sql("select c.id from customers c where " + predicate.sql())
                .params(predicate.parameters()).query(UUID.class).list());
    }

    private static Set<UUID> ids(String sql, CurrentUser user) {
        return new HashSet<>(jdbc.sql(sql).param("user", user.id().value()).query(UUID.class).list());
    }
}
