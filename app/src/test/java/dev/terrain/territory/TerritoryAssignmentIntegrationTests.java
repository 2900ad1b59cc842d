package dev.terrain.territory;

import static dev.terrain.territory.TerritoryFixture.ROOT;
import static dev.terrain.territory.TerritoryFixture.postalPrefixes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import dev.terrain.platform.ConflictException;
import dev.terrain.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tree and its closure table, and which customers each territory holds. */
@SpringBootTest
@AutoConfigureMockMvc
class TerritoryAssignmentIntegrationTests {

    @Autowired TerritoryFixture fixture;
    @Autowired TerritoryManagement territories;
    @Autowired JdbcClient jdbc;

    /** A root that holds only this test's customers (their city is the marker), so shared data cannot interfere. */
    private TerritoryView root(String marker) {
        return fixture.territory("Root", null, "{\"field\": \"city\", \"op\": \"equals\", \"value\": \"" + marker + "\"}");
    }

    @Test
    void movesKeepTheClosureTableRight() {
        var a = fixture.territory("A", null, null);
        var b = fixture.territory("B", a, null);
        var c = fixture.territory("C", b, null);
        var d = fixture.territory("D", null, null);
        assertThat(ancestors(c)).containsExactly(c.id() + ":0", b.id() + ":1", a.id() + ":2");

        var moved = territories.move(ROOT, b.id(), d.id(), null);

        assertThat(moved.depth()).isEqualTo(1);
        assertThat(ancestors(c)).containsExactly(c.id() + ":0", b.id() + ":1", d.id() + ":2");
        assertThat(territories.get(ROOT, c.id()).depth()).isEqualTo(2);
        territories.move(ROOT, b.id(), null, null);
        assertThat(ancestors(c)).containsExactly(c.id() + ":0", b.id() + ":1");
        territories.delete(ROOT, c.id());
        assertThat(jdbc.sql("select count(*) from territory_paths where descendant_id = :c or ancestor_id = :c")
                .param("c", c.id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void aTerritoryCannotGoUnderItselfOrItsDescendants() {
        var a = fixture.territory("A", null, null);
        var b = fixture.territory("B", a, null);
        var c = fixture.territory("C", b, null);

        for (var target : List.of(c, b, a)) {
            var e = catchThrowableOfType(InvalidInputException.class, () -> territories.move(ROOT, a.id(), target.id(), null));
            assertThat(e.problems().get(0).field()).isEqualTo("parentId");
        }
        assertThat(ancestors(c)).hasSize(3);
        assertThat(catchThrowableOfType(ConflictException.class, () -> territories.delete(ROOT, a.id())).field())
                .isEqualTo("children");
    }

    @Test
    void aChildTakesOnlyTheCustomersItsParentHolds() {
        var m = TerritoryFixture.marker();
        var root = root(m);
        var lyon = fixture.territory("Lyon", root, postalPrefixes("69"));
        fixture.customer(m + " both", "69001", m);
        fixture.customer(m + " elsewhere", "69002", "Vienne");
        fixture.customer(m + " root only", "38000", m);

        territories.reevaluateAll(ROOT);

        assertThat(fixture.held(root, m)).containsExactly(m + " both", m + " root only");
        assertThat(fixture.held(lyon, m)).containsExactly(m + " both");
    }

    @Test
    void aTerritoryWithoutRuleIsAFolderThatNarrowsNothing() {
        var m = TerritoryFixture.marker();
        var folder = fixture.territory("Folder", null, null);
        var child = fixture.territory("Child", folder, "{\"field\": \"city\", \"op\": \"equals\", \"value\": \"" + m + "\"}");
        fixture.customer(m + " one", "69001", m);

        territories.reevaluateAll(ROOT);

        assertThat(fixture.held(folder, m)).isEmpty();
        assertThat(fixture.held(child, m)).containsExactly(m + " one");
    }

    @Test
    void manualInclusionAndExclusionWinOverTheRule() {
        var m = TerritoryFixture.marker();
        var root = root(m);
        var lyon = fixture.territory("Lyon", root, postalPrefixes("69"));
        var inside = fixture.customer(m + " inside", "69003", m);
        var outside = fixture.customer(m + " outside", "38200", m);
        territories.reevaluateAll(ROOT);

        territories.include(ROOT, lyon.id(), outside);
        territories.exclude(ROOT, lyon.id(), inside);
        territories.reevaluateAll(ROOT);

        assertThat(fixture.held(lyon, m)).containsExactly(m + " outside");
        assertThat(fixture.source(lyon, outside)).isEqualTo("MANUAL");
        assertThat(territories.customers(ROOT, lyon.id(), true, m, 0, 20).items())
                .extracting(HeldCustomer::name).containsExactly(m + " inside");

        territories.followRule(ROOT, lyon.id(), inside);
        territories.followRule(ROOT, lyon.id(), outside);
        assertThat(fixture.held(lyon, m)).containsExactly(m + " inside");
        assertThat(fixture.source(lyon, inside)).isEqualTo("RULE");
    }

    @Test
    void anExclusionInTheParentKeepsTheCustomerOutOfTheChildren() {
        var m = TerritoryFixture.marker();
        var root = root(m);
        var lyon = fixture.territory("Lyon", root, postalPrefixes("69"));
        var customer = fixture.customer(m + " one", "69003", m);
        territories.reevaluateAll(ROOT);
        assertThat(fixture.held(lyon, m)).hasSize(1);

        territories.exclude(ROOT, root.id(), customer);

        assertThat(fixture.held(lyon, m)).isEmpty();
    }

    @Test
    void aChangedCustomerIsReassignedInTheSameTransaction() {
        var m = TerritoryFixture.marker();
        var root = root(m);
        var lyon = fixture.territory("Lyon", root, postalPrefixes("69"));
        var isere = fixture.territory("Isère", root, postalPrefixes("38"));
        var customer = fixture.customer(m + " moving", "69100", m);
        fixture.movePostalCode(customer, "69100");
        assertThat(fixture.held(lyon, m)).containsExactly(m + " moving");

        fixture.movePostalCode(customer, "38000");

        assertThat(fixture.held(lyon, m)).isEmpty();
        assertThat(fixture.held(isere, m)).containsExactly(m + " moving");
    }

    @Test
    void aLargeBatchOfChangedCustomersIsReassignedToo() {
        var m = TerritoryFixture.marker();
        var root = root(m);
        var lyon = fixture.territory("Lyon", root, postalPrefixes("69"));
        var ids = jdbc.sql("""
                insert into customers (id, name, postal_code, city)
                select gen_random_uuid(), :m || ' ' || lpad(i::text, 4, '0'), case when i % 2 = 0 then '69001' else '38000' end, :m
                from generate_series(1, 1500) i returning id""").param("m", m).query(java.util.UUID.class).list();

        transaction.executeWithoutResult(status -> events.publishEvent(new dev.terrain.customer.CustomersChanged(
                ids.stream().map(dev.terrain.customer.CustomerId::new).collect(java.util.stream.Collectors.toSet()))));

        assertThat(fixture.held(root, m)).hasSize(1500);
        assertThat(fixture.held(lyon, m)).hasSize(750);
    }

    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void thePreviewFiguresAreThoseOfTheAppliedChange() {
        var m = TerritoryFixture.marker();
        var root = root(m);
        var area = fixture.territory("Area", root, postalPrefixes("69"));
        var below = fixture.territory("Below", area, postalPrefixes("691"));
        fixture.customer(m + " Lyon 1", "69001", m);
        fixture.customer(m + " Villeurbanne", "69100", m);
        fixture.customer(m + " Grenoble", "38000", m);
        fixture.customer(m + " Bourg", "01000", m);
        territories.reevaluateAll(ROOT);
        var newRule = "{\"any\": [" + postalPrefixes("38") + ", " + postalPrefixes("01") + ", " + postalPrefixes("69100") + "]}";

        var preview = territories.previewRule(ROOT, area.id(), newRule);

        assertThat(preview.entering()).isEqualTo(2);
        assertThat(preview.leaving()).isEqualTo(1);
        assertThat(preview.enteringSamples()).containsExactly(m + " Bourg", m + " Grenoble");
        assertThat(preview.leavingSamples()).containsExactly(m + " Lyon 1");
        assertThat(preview.applied()).isFalse();
        assertThat(fixture.held(area, m)).containsExactly(m + " Lyon 1", m + " Villeurbanne");
        assertThat(territories.get(ROOT, area.id()).rule()).contains("69");

        var applied = territories.changeRule(ROOT, area.id(), newRule, null);

        assertThat(applied).usingRecursiveComparison().ignoringFields("applied").isEqualTo(preview);
        assertThat(fixture.held(area, m)).containsExactly(m + " Bourg", m + " Grenoble", m + " Villeurbanne");
        assertThat(fixture.held(below, m)).containsExactly(m + " Villeurbanne");
    }

    @Test
    void aFullReevaluationRestoresWhatTheRulesSay() {
        var m = TerritoryFixture.marker();
        var root = root(m);
        fixture.customer(m + " one", "69001", m);
        territories.reevaluateAll(ROOT);
        jdbc.sql("delete from territory_customers where territory_id = :t").param("t", root.id().value()).update();
        jdbc.sql("insert into territory_customers (territory_id, customer_id, source) select :t, id, 'RULE' from customers where city <> :m limit 1")
                .param("t", root.id().value()).param("m", m).update();

        var result = territories.reevaluateAll(ROOT);

        assertThat(result.added()).isGreaterThanOrEqualTo(1);
        assertThat(fixture.held(root, m)).containsExactly(m + " one");
        assertThat(territories.get(ROOT, root.id()).customerCount()).isEqualTo(1);
    }

    @Test
    void operatorsRunOnRealRows() {
        var m = TerritoryFixture.marker();
        jdbc.sql("insert into custom_field_definitions (key, label, type) values ('fleet_size', 'Fleet', 'NUMBER'), "
                + "('key_account', 'Key account', 'BOOLEAN'), ('contract_end', 'Contract end', 'DATE') on conflict do nothing").update();
        var root = root(m);
        fixture.customer(m + " big", "69001", m, null, "{\"fleet_size\": 40, \"key_account\": true, \"contract_end\": \"2026-06-30\"}");
        fixture.customer(m + " small", "69002", m, null, "{\"fleet_size\": \"not a number\", \"key_account\": false}");
        fixture.customer(m + " none", null, m, null, "{}");
        var child = fixture.territory("Child", root, null);
        territories.reevaluateAll(ROOT);

        assertThat(matching(child, m, "{\"field\": \"custom.fleet_size\", \"op\": \"gte\", \"value\": 10}")).containsExactly(m + " big");
        assertThat(matching(child, m, "{\"field\": \"custom.key_account\", \"op\": \"equals\", \"value\": false}")).containsExactly(m + " small");
        assertThat(matching(child, m, "{\"field\": \"custom.contract_end\", \"op\": \"between\", \"value\": [\"2026-01-01\", \"2026-12-31\"]}"))
                .containsExactly(m + " big");
        assertThat(matching(child, m, "{\"field\": \"postalCode\", \"op\": \"notIn\", \"value\": [\"69001\"]}"))
                .containsExactly(m + " none", m + " small");
        assertThat(matching(child, m, "{\"field\": \"postalCode\", \"op\": \"isEmpty\"}")).containsExactly(m + " none");
        assertThat(matching(child, m, "{\"field\": \"postalCode\", \"op\": \"between\", \"value\": [\"69002\", \"69009\"]}"))
                .containsExactly(m + " small");
        assertThat(matching(child, m, "{\"field\": \"country\", \"op\": \"in\", \"value\": [\"fr\"]}")).hasSize(3);
        assertThat(matching(child, m, "{\"field\": \"custom.fleet_size\", \"op\": \"isEmpty\"}")).containsExactly(m + " none", m + " small");
    }

    /**
     * Territories without gate whose rule has keys find their candidates by a join on the keys, then test the
     * rule: they hold exactly what the rule matches, whatever the prefix lengths, case, wildcards or missing
     * values, next to rules without keys on the same level.
     */
    @Test
    void rulesWithKeysHoldExactlyWhatTheyMatch() {
        var m = TerritoryFixture.marker();
        fixture.customer(m + " a", "69001", "Lyon");
        fixture.customer(m + " b", "6A-12", "Ajaccio");
        fixture.customer(m + " c", null, m);
        fixture.customer(m + " d", "3800", "Grenoble");
        fixture.customer(m + " e", "380", "GRENOBLE");
        fixture.customer(m + " f", "69", m);
        fixture.customer(m + " g", "6_9x", m);
        var prefixes = fixture.territory("Prefixes", null, postalPrefixes("69", "691", "6A", "38000", "3800"));
        var cities = fixture.territory("Cities", null, "{\"field\": \"city\", \"op\": \"in\", \"value\": [\"grenoble\", \"LYON\"]}");
        var wildcard = fixture.territory("Wildcard", null, postalPrefixes("6_"));
        var withoutKeys = fixture.territory("Without keys", null, "{\"any\": [{\"field\": \"postalCode\", \"op\": \"isEmpty\"},"
                + " {\"field\": \"city\", \"op\": \"equals\", \"value\": \"grenoble\"}]}");
        var country = fixture.territory("Country", null, "{\"all\": [{\"field\": \"country\", \"op\": \"equals\", \"value\": \"fr\"},"
                + " " + postalPrefixes("69") + "]}");
        var nested = fixture.territory("Nested", null, "{\"all\": [{\"all\": [{\"field\": \"postalCode\", \"op\": \"in\", \"value\": [\"6A-12\", \"380\"]}]},"
                + " {\"field\": \"city\", \"op\": \"notIn\", \"value\": [\"lyon\"]}]}");

        for (int run = 0; run < 2; run++) {
            assertThat(fixture.held(prefixes, m)).containsExactly(m + " a", m + " b", m + " d", m + " f");
            assertThat(fixture.held(cities, m)).containsExactly(m + " a", m + " d", m + " e");
            assertThat(fixture.held(wildcard, m)).containsExactly(m + " g");
            assertThat(fixture.held(withoutKeys, m)).containsExactly(m + " c", m + " d", m + " e");
            assertThat(fixture.held(country, m)).containsExactly(m + " a", m + " f");
            assertThat(fixture.held(nested, m)).containsExactly(m + " b", m + " e");
            territories.reevaluateAll(ROOT);
        }
    }

    private List<String> matching(TerritoryView territory, String marker, String rule) {
        territories.changeRule(ROOT, territory.id(), rule, null);
        return fixture.held(territory, marker);
    }

    private List<String> ancestors(TerritoryView territory) {
        return jdbc.sql("select ancestor_id || ':' || depth from territory_paths where descendant_id = :id order by depth")
                .param("id", territory.id().value()).query(String.class).list();
    }
}
