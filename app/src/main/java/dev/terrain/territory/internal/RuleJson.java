package dev.terrain.territory.internal;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes a validated rule back as canonical JSON, the form stored in {@code territories.rule}. */
final class RuleJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleJson() {
    }

    static String write(Rule rule) {
        return rule == null ? null : JSON.writeValueAsString(node(rule));
    }

    private static JsonNode node(Rule rule) {
        if (rule instanceof Rule.Group group) {
            var list = NODES.arrayNode();
            group.parts().forEach(part -> list.add(node(part)));
            ObjectNode node = NODES.objectNode();
            node.set(group.any() ? "any" : "all", list);
            return node;
        }
        var condition = (Rule.Condition) rule;
        ObjectNode node = NODES.objectNode();
        node.put("field", condition.field().name());
        node.put("op", condition.operator().json());
        var values = condition.values();
        switch (condition.operator()) {
            case IS_EMPTY -> { }
            case IN, NOT_IN, BETWEEN, STARTS_WITH -> node.set("value", array(values));
            default -> node.set("value", scalar(values.get(0)));
        }
        return node;
    }

    private static ArrayNode array(java.util.List<Object> values) {
        var array = NODES.arrayNode();
        values.forEach(value -> array.add(scalar(value)));
        return array;
    }

    private static JsonNode scalar(Object value) {
        if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        return NODES.stringNode(value.toString());
    }
}
