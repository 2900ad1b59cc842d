package dev.terrain.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each operator compiles to a parameterised predicate: values and custom keys never become SQL text. */
class RuleCompilerTest {

    private static final Map<String, String> CUSTOM = Map.of("fleet_size", "NUMBER", "key_account", "BOOLEAN",
            "contract_end", "DATE", "tier", "PICKLIST");

    private static RuleCompiler.SqlPredicate compile(String json) {
        return RuleCompiler.compile(RuleParser.parse(json, CUSTOM), "p");
    }

    @Test
    void equalsComparesTextWithoutCase() {
        var predicate = compile("{\"field\": \"city\", \"op\": \"equals\", \"value\": \"Lyon\"}");
        assertThat(predicate.sql()).isEqualTo("coalesce((lower(c.city) = :p0), false)");
        assertThat(predicate.parameters()).containsEntry("p0", "lyon");
    }

    @Test
    void inComparesWithAnyOfAnArray() {
        var predicate = compile("{\"field\": \"category\", \"op\": \"in\", \"value\": [\"A\", \"b\"]}");
        assertThat(predicate.sql()).contains("lower(c.category) = any(cast(:p0 as text[]))");
        assertThat((String[]) predicate.parameters().get("p0")).containsExactly("a", "b");
    }

    @Test
    void notInAlsoTakesCustomersWithoutAValue() {
        var predicate = compile("{\"field\": \"country\", \"op\": \"notIn\", \"value\": [\"fr\"]}");
        assertThat(predicate.sql()).contains("upper(c.country) is null or upper(c.country) <> all(cast(:p0 as text[]))");
        assertThat((String[]) predicate.parameters().get("p0")).containsExactly("FR");
    }

    @Test
    void startsWithEscapesLikeWildcards() {
        var predicate = compile("{\"field\": \"postalCode\", \"op\": \"startsWith\", \"value\": [\"69\", \"0_%\"]}");
        assertThat(predicate.sql()).contains("lower(c.postal_code) like any(cast(:p0 as text[]))");
        assertThat((String[]) predicate.parameters().get("p0")).containsExactly("69%", "0\\_\\%%");
    }

    @Test
    void betweenOnTextOrdersByteByByte() {
        var predicate = compile("{\"field\": \"postalCode\", \"op\": \"between\", \"value\": [\"69001\", \"69009\"]}");
        assertThat(predicate.sql()).contains("lower(c.postal_code) collate \"C\" between :p0 and :p1");
        assertThat(predicate.parameters()).containsEntry("p0", "69001").containsEntry("p1", "69009");
    }

    @Test
    void gteOnACustomNumberIgnoresValuesThatAreNotNumbers() {
        var predicate = compile("{\"field\": \"custom.fleet_size\", \"op\": \"gte\", \"value\": 10}");
        assertThat(predicate.sql()).contains("jsonb_typeof(c.custom_fields -> cast(:p0 as text)) = 'number'")
                .contains(">= :p1");
        assertThat(predicate.parameters()).containsEntry("p0", "fleet_size").containsEntry("p1", new BigDecimal("10"));
    }

    @Test
    void lteOnARevenue() {
        var predicate = compile("{\"field\": \"annualRevenue\", \"op\": \"lte\", \"value\": 250000.5}");
        assertThat(predicate.sql()).isEqualTo("coalesce((c.annual_revenue <= :p0), false)");
        assertThat(predicate.parameters()).containsEntry("p0", new BigDecimal("250000.5"));
    }

    @Test
    void isEmptyTakesNullAndEmptyTexts() {
        var predicate = compile("{\"field\": \"segment\", \"op\": \"isEmpty\"}");
        assertThat(predicate.sql()).isEqualTo("coalesce((lower(c.segment) is null or lower(c.segment) = ''), false)");
        assertThat(predicate.parameters()).isEmpty();
    }

    @Test
    void groupsNestWithAndAndOr() {
        var predicate = compile("""
                {"all": [{"field": "country", "op": "equals", "value": "FR"},
                         {"any": [{"field": "custom.key_account", "op": "equals", "value": true},
                                  {"field": "custom.contract_end", "op": "lte", "value": "2026-12-31"}]}]}""");
        assertThat(predicate.sql()).startsWith("coalesce(((upper(c.country) = :p0) and ((")
                .contains(" or ").contains("collate \"C\" <= :p");
        assertThat(predicate.parameters()).containsValues("FR", true, "2026-12-31", "key_account", "contract_end");
    }

    @Test
    void aUserTextNeverReachesTheSql() {
        var predicate = compile("{\"field\": \"city\", \"op\": \"equals\", \"value\": \"x'); drop table customers; --\"}");
        assertThat(predicate.sql()).doesNotContain("drop");
    }

    @Test
    void noRuleMatchesNothing() {
        assertThat(RuleCompiler.compile(null, "p").sql()).isEqualTo("false");
    }

    private static List<RuleCompiler.Key> keys(String json) {
        return RuleCompiler.keys(RuleParser.parse(json, CUSTOM));
    }

    @Test
    void prefixKeysAreTheLowerCasedPrefixesByLengthWithoutThoseAnotherCovers() {
        assertThat(keys("{\"field\": \"postalCode\", \"op\": \"startsWith\", \"value\": [\"69\", \"691\", \"2A\", \"38000\", \"3800\", \"69\", \"0_%\"]}"))
                .containsExactly(new RuleCompiler.Key("left(lower(c.postal_code), 2)", "69"),
                        new RuleCompiler.Key("left(lower(c.postal_code), 2)", "2a"),
                        new RuleCompiler.Key("left(lower(c.postal_code), 4)", "3800"),
                        new RuleCompiler.Key("left(lower(c.postal_code), 3)", "0_%"));
    }

    @Test
    void equalityKeysFoldCaseAsThePredicateDoes() {
        assertThat(keys("{\"field\": \"city\", \"op\": \"in\", \"value\": [\"Lyon\", \"LYON\", \"Brest\"]}"))
                .containsExactly(new RuleCompiler.Key("lower(c.city)", "lyon"), new RuleCompiler.Key("lower(c.city)", "brest"));
        assertThat(keys("{\"field\": \"country\", \"op\": \"equals\", \"value\": \"fr\"}"))
                .containsExactly(new RuleCompiler.Key("upper(c.country)", "FR"));
    }

    @Test
    void keysComeFromTheFirstKeyedConditionOfTheAllGroups() {
        assertThat(keys("""
                {"all": [{"field": "annualRevenue", "op": "gte", "value": 10},
                         {"any": [{"field": "city", "op": "equals", "value": "Lyon"}]},
                         {"all": [{"field": "segment", "op": "notIn", "value": ["x"]},
                                  {"field": "category", "op": "equals", "value": "A"}]},
                         {"field": "postalCode", "op": "startsWith", "value": ["69"]}]}"""))
                .containsExactly(new RuleCompiler.Key("lower(c.category)", "a"));
    }

    @Test
    void rulesWithoutSuchAConditionHaveNoKeys() {
        assertThat(keys("{\"any\": [{\"field\": \"city\", \"op\": \"equals\", \"value\": \"Lyon\"}]}")).isEmpty();
        assertThat(keys("{\"field\": \"custom.tier\", \"op\": \"equals\", \"value\": \"gold\"}")).isEmpty();
        assertThat(keys("{\"field\": \"annualRevenue\", \"op\": \"equals\", \"value\": 10}")).isEmpty();
        assertThat(keys("{\"field\": \"postalCode\", \"op\": \"between\", \"value\": [\"69001\", \"69009\"]}")).isEmpty();
    }
}
