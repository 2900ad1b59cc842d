package dev.terrain.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import dev.terrain.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Rules are read strictly: every mistake is named by its path in the rule. */
class RuleParserTest {

    private static final Map<String, String> CUSTOM = Map.of("fleet_size", "NUMBER");

    private static InvalidInputException.FieldProblem problem(String json) {
        var e = catchThrowableOfType(InvalidInputException.class, () -> RuleParser.parse(json, CUSTOM));
        assertThat(e).as("a problem for %s", json).isNotNull();
        return e.problems().get(0);
    }

    @Test
    void aValidRuleReadsAndWritesBackCanonically() {
        var rule = RuleParser.parse("""
                {"any": [{"field": "postalCode", "op": "startsWith", "value": "69"},
                         {"field": "country", "op": "in", "value": ["fr", "be"]}]}""", CUSTOM);
        assertThat(RuleJson.write(rule)).isEqualTo(
                "{\"any\":[{\"field\":\"postalCode\",\"op\":\"startsWith\",\"value\":[\"69\"]},"
                        + "{\"field\":\"country\",\"op\":\"in\",\"value\":[\"FR\",\"BE\"]}]}");
    }

    @Test
    void blankOrNullIsNoRule() {
        assertThat(RuleParser.parse("  ", CUSTOM)).isNull();
        assertThat(RuleParser.parse("null", CUSTOM)).isNull();
    }

    @Test
    void unknownFieldsOperatorsAndKeysAreNamed() {
        assertThat(problem("{\"any\": [{\"field\": \"city\", \"op\": \"equals\", \"value\": \"Lyon\"}, {\"field\": \"town\", \"op\": \"equals\", \"value\": \"x\"}]}").field())
                .isEqualTo("rule.any[1].field");
        assertThat(problem("{\"field\": \"city\", \"op\": \"like\", \"value\": \"x\"}").field()).isEqualTo("rule.op");
        assertThat(problem("{\"field\": \"city\", \"op\": \"equals\", \"value\": \"x\", \"extra\": 1}").field()).isEqualTo("rule.extra");
        assertThat(problem("{\"field\": \"custom.unknown\", \"op\": \"equals\", \"value\": \"x\"}").field()).isEqualTo("rule.field");
        assertThat(problem("{\"field\": \"annualRevenue\", \"op\": \"startsWith\", \"value\": \"1\"}").message()).contains("cannot be used");
    }

    @Test
    void wrongValueTypesAreNamed() {
        var problem = problem("""
                {"any": [{"field": "city", "op": "equals", "value": "Lyon"},
                         {"field": "city", "op": "equals", "value": "Vienne"},
                         {"field": "annualRevenue", "op": "gte", "value": "lots"}]}""");
        assertThat(problem.field()).isEqualTo("rule.any[2].value");
        assertThat(problem.message()).isEqualTo("must be a number");
        assertThat(problem("{\"field\": \"postalCode\", \"op\": \"between\", \"value\": [\"69009\", \"69001\"]}").field())
                .isEqualTo("rule.value");
        assertThat(problem("{\"field\": \"city\", \"op\": \"in\", \"value\": [\"Lyon\", 3]}").field()).isEqualTo("rule.value[1]");
        assertThat(problem("{\"field\": \"city\", \"op\": \"isEmpty\", \"value\": \"x\"}").field()).isEqualTo("rule.value");
        assertThat(problem("{\"field\": \"country\", \"op\": \"equals\", \"value\": \"France\"}").field()).isEqualTo("rule.value");
    }

    @Test
    void rulesMayNotReferToTerritoryMembership() {
        var problem = problem("{\"field\": \"territory\", \"op\": \"equals\", \"value\": \"Lyon\"}");
        assertThat(problem.field()).isEqualTo("rule.field");
        assertThat(problem.message()).contains("rule cycle");
    }

    @Test
    void tooDeepOrTooManyIsRefused() {
        var deep = "{\"field\": \"city\", \"op\": \"equals\", \"value\": \"x\"}";
        for (int i = 0; i < RuleParser.MAX_DEPTH + 1; i++) {
            deep = "{\"all\": [" + deep + "]}";
        }
        assertThat(problem(deep).message()).contains("nested at most");
        var many = new StringBuilder("{\"any\": [");
        for (int i = 0; i <= RuleParser.MAX_CONDITIONS; i++) {
            many.append(i == 0 ? "" : ",").append("{\"field\": \"city\", \"op\": \"equals\", \"value\": \"c").append(i).append("\"}");
        }
        assertThat(problem(many.append("]}").toString()).field()).isEqualTo("rule");
    }

    @Test
    void malformedJsonAndEmptyGroupsAreRefused() {
        assertThat(problem("{\"any\": [").message()).isEqualTo("is not valid JSON");
        assertThat(problem("{\"any\": []}").field()).isEqualTo("rule.any");
        assertThat(problem("{\"all\": [], \"any\": []}").field()).isEqualTo("rule");
        assertThat(problem("[1, 2]").field()).isEqualTo("rule");
        assertThat(problem("{\"field\": \"city\", \"field\": \"region\", \"op\": \"isEmpty\"}").message()).isEqualTo("is not valid JSON");
    }
}
