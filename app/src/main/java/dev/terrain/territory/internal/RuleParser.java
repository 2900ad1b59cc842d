package dev.terrain.territory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.terrain.platform.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a rule from JSON, strictly: every problem is a 400 naming its path, such as {@code rule.any[2].value}.
 *
 * <pre>
 * {"all": [ {"field": "postalCode", "op": "startsWith", "value": ["69", "01"]},
 *           {"any": [ {"field": "category", "op": "in", "value": ["A", "B"]},
 *                     {"field": "annualRevenue", "op": "gte", "value": 100000} ]} ]}
 * </pre>
 *
 * A group has exactly one key, {@code all} or {@code any}, holding a non-empty list; a condition has
 * {@code field}, {@code op} and (except for {@code isEmpty}) {@code value}. Groups nest at most
 * {@value #MAX_DEPTH} deep, a rule has at most {@value #MAX_CONDITIONS} conditions, a list at most
 * {@value #MAX_VALUES} values, a text at most {@value #MAX_TEXT} characters. A rule may not refer to territory
 * membership: that is the only way a rule could depend on other rules, so rules can never form a cycle.
 */
final class RuleParser {

    static final int MAX_DEPTH = 5;
    static final int MAX_CONDITIONS = 50;
    static final int MAX_VALUES = 500;
    static final int MAX_TEXT = 200;
    static final int MAX_JSON = 50_000;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> CONDITION_KEYS = Set.of("field", "op", "value");

    private final Map<String, String> customTypes;
    private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    private int conditions;

    private RuleParser(Map<String, String> customTypes) {
        this.customTypes = customTypes;
    }

    /** The rule in {@code json}, or null for a blank text or JSON {@code null} (no rule). */
    static Rule parse(String json, Map<String, String> customTypes) {
        if (json == null || json.isBlank()) {
            return null;
        }
        if (json.length() > MAX_JSON) {
            throw new InvalidInputException("rule", "must have at most " + MAX_JSON + " characters");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException("rule", "is not valid JSON");
        }
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            return null;
        }
        var parser = new RuleParser(customTypes);
        var rule = parser.node(tree, "rule", 1);
        if (parser.conditions > MAX_CONDITIONS) {
            parser.problems.add(new InvalidInputException.FieldProblem("rule",
                    "has " + parser.conditions + " conditions, at most " + MAX_CONDITIONS + " are allowed"));
        }
        if (!parser.problems.isEmpty()) {
            throw new InvalidInputException(parser.problems);
        }
        return rule;
    }

    private Rule node(JsonNode node, String path, int depth) {
        if (!node.isObject()) {
            return fail(path, "must be an object: a group {\"all\": [...]} or {\"any\": [...]}, or a condition");
        }
        var keys = node.propertyNames();
        if (keys.contains("all") || keys.contains("any")) {
            return group(node, path, depth);
        }
        return condition(node, path);
    }

    private Rule group(JsonNode node, String path, int depth) {
        var keys = node.propertyNames();
        if (keys.size() != 1) {
            return fail(path, "a group has exactly one key, all or any");
        }
        var any = keys.contains("any");
        var listPath = path + (any ? ".any" : ".all");
        var list = node.get(any ? "any" : "all");
        if (depth > MAX_DEPTH) {
            return fail(listPath, "groups may be nested at most " + MAX_DEPTH + " deep");
        }
        if (!list.isArray() || list.isEmpty()) {
            return fail(listPath, "must be a non-empty list of conditions or groups");
        }
        var parts = new ArrayList<Rule>();
        for (int i = 0; i < list.size(); i++) {
            var part = node(list.get(i), listPath + "[" + i + "]", depth + 1);
            if (part != null) {
                parts.add(part);
            }
        }
        return new Rule.Group(any, parts);
    }

    private Rule condition(JsonNode node, String path) {
        conditions++;
        for (var key : node.propertyNames()) {
            if (!CONDITION_KEYS.contains(key)) {
                return fail(path + "." + key, "is not a key of a condition (field, op, value) or a group (all, any)");
            }
        }
        var fieldNode = node.get("field");
        if (fieldNode == null || !fieldNode.isString()) {
            return fail(path + ".field", "is required, as text");
        }
        var name = fieldNode.stringValue();
        if (RuleField.MEMBERSHIP_NAMES.contains(name)) {
            return fail(path + ".field", "a rule may not refer to territory membership: it would make rules depend on each other (a rule cycle)");
        }
        var field = RuleField.named(name, customTypes).orElse(null);
        if (field == null) {
            return fail(path + ".field", "is not a known field: " + describeFields());
        }
        var opNode = node.get("op");
        if (opNode == null || !opNode.isString()) {
            return fail(path + ".op", "is required, as text");
        }
        var operator = RuleOperator.ofJson(opNode.stringValue()).orElse(null);
        if (operator == null) {
            return fail(path + ".op", "is not a known operator: " + RuleOperator.names());
        }
        if (!operator.appliesTo(field.kind())) {
            return fail(path + ".op", "cannot be used on " + name);
        }
        var values = values(operator, field, node.get("value"), path + ".value");
        return values == null ? null : new Rule.Condition(field, operator, values);
    }

    private List<Object> values(RuleOperator operator, RuleField field, JsonNode value, String path) {
        switch (operator) {
            case IS_EMPTY -> {
                if (value != null && !value.isNull()) {
                    return failValues(path, "must be absent for isEmpty");
                }
                return List.of();
            }
            case IN, NOT_IN -> {
                return list(field, value, path, 1, MAX_VALUES);
            }
            case STARTS_WITH -> {
                return value != null && value.isArray() ? list(field, value, path, 1, MAX_VALUES)
                        : single(field, value, path);
            }
            case BETWEEN -> {
                var bounds = list(field, value, path, 2, 2);
                if (bounds != null && compare(bounds.get(0), bounds.get(1)) > 0) {
                    return failValues(path, "the first bound must not be greater than the second");
                }
                return bounds;
            }
            default -> {
                return single(field, value, path);
            }
        }
    }

    private List<Object> list(RuleField field, JsonNode value, String path, int min, int max) {
        if (value == null || !value.isArray() || value.size() < min || value.size() > max) {
            return failValues(path, min == max ? "must be a list of " + min + " values"
                    : "must be a list of " + min + " to " + max + " values");
        }
        var values = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            var one = scalar(field, value.get(i), path + "[" + i + "]");
            if (one == null) {
                return null;
            }
            values.add(one);
        }
        return values;
    }

    private List<Object> single(RuleField field, JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return failValues(path, "is required");
        }
        var one = scalar(field, value, path);
        return one == null ? null : List.of(one);
    }

    private Object scalar(RuleField field, JsonNode value, String path) {
        switch (field.kind()) {
            case NUMBER -> {
                if (value == null || !value.isNumber()) {
                    return fail(path, "must be a number");
                }
                var number = value.decimalValue();
                if (number.abs().compareTo(new BigDecimal("1e13")) >= 0) {
                    return fail(path, "is too large");
                }
                return number;
            }
            case BOOLEAN -> {
                if (value == null || !value.isBoolean()) {
                    return fail(path, "must be true or false");
                }
                return value.booleanValue();
            }
            default -> {
                if (value == null || !value.isString() || value.stringValue().isBlank()) {
                    return fail(path, "must be a non-empty text");
                }
                var text = value.stringValue().strip();
                if (text.length() > MAX_TEXT) {
                    return fail(path, "must have at most " + MAX_TEXT + " characters");
                }
                return checkedText(field, text, path);
            }
        }
    }

    private Object checkedText(RuleField field, String text, String path) {
        if (field.kind() == FieldKind.DATE) {
            try {
                return LocalDate.parse(text).toString();
            } catch (DateTimeParseException e) {
                return fail(path, "must be a date as YYYY-MM-DD");
            }
        }
        if ("country".equals(field.name()) && !text.matches("[A-Za-z]{2}")) {
            return fail(path, "must be a two-letter country code");
        }
        if ("status".equals(field.name()) && !Set.of("PROSPECT", "ACTIVE", "INACTIVE").contains(text.toUpperCase(Locale.ROOT))) {
            return fail(path, "must be PROSPECT, ACTIVE or INACTIVE");
        }
        return field.kind() == FieldKind.CODE ? text.toUpperCase(Locale.ROOT) : text;
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object a, Object b) {
        return ((Comparable<Object>) a).compareTo(b);
    }

    private String describeFields() {
        var names = new ArrayList<String>();
        RuleField.BUILT_IN.forEach(field -> names.add(field.name()));
        names.add(RuleField.CUSTOM_PREFIX + "<key of a custom field>");
        return String.join(", ", names);
    }

    private <T> T fail(String path, String message) {
        problems.add(new InvalidInputException.FieldProblem(path, message));
        return null;
    }

    private List<Object> failValues(String path, String message) {
        return fail(path, message);
    }
}
