package dev.terrain.territory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a rule into a SQL boolean expression over {@code customers c}. Column names come from
 * {@link RuleField}, never from the rule's text; every value and custom-field key is a named parameter whose name
 * starts with the given prefix, so the predicates of many territories can share one statement. Texts compare
 * without regard to case; a missing value matches only {@code isEmpty} and {@code notIn}.
 */
final class RuleCompiler {

    private final String prefix;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private RuleCompiler(String prefix) {
        this.prefix = prefix;
    }

    /** A predicate that is never null: {@code coalesce(..., false)}. A null rule matches nothing. */
    static SqlPredicate compile(Rule rule, String prefix) {
        if (rule == null) {
            return new SqlPredicate("false", Map.of());
        }
        var compiler = new RuleCompiler(prefix);
        var sql = "coalesce(" + compiler.rule(rule) + ", false)";
        return new SqlPredicate(sql, compiler.parameters);
    }

    private String rule(Rule rule) {
        if (rule instanceof Rule.Group group) {
            if (group.parts().isEmpty()) {
                return group.any() ? "false" : "true";
            }
            var parts = new ArrayList<String>();
            group.parts().forEach(part -> parts.add(rule(part)));
            return "(" + String.join(group.any() ? " or " : " and ", parts) + ")";
        }
        return condition((Rule.Condition) rule);
    }

    private String condition(Rule.Condition condition) {
        var field = condition.field();
        var expression = expression(field);
        var values = condition.values();
        return switch (condition.operator()) {
            case EQUALS -> "(" + expression + " = " + value(field, values.get(0)) + ")";
            case IN -> "(" + expression + " = any(" + array(field, values) + "))";
            case NOT_IN -> "(" + expression + " is null or " + expression + " <> all(" + array(field, values) + "))";
            case STARTS_WITH -> "(" + expression + " like any(" + patterns(values) + "))";
            case BETWEEN -> "(" + ordered(field, expression) + " between " + value(field, values.get(0))
                    + " and " + value(field, values.get(1)) + ")";
            case GTE -> "(" + ordered(field, expression) + " >= " + value(field, values.get(0)) + ")";
            case LTE -> "(" + ordered(field, expression) + " <= " + value(field, values.get(0)) + ")";
            case IS_EMPTY -> field.kind() == FieldKind.TEXT || field.kind() == FieldKind.DATE
                    ? "(" + expression + " is null or " + expression + " = '')"
                    : "(" + expression + " is null)";
        };
    }

    private String expression(RuleField field) {
        if (!field.isCustom()) {
            return switch (field.kind()) {
                case TEXT -> "lower(c." + field.column() + ")";
                case CODE -> "upper(c." + field.column() + ")";
                default -> "c." + field.column();
            };
        }
        var key = "cast(" + parameter(field.customKey()) + " as text)";
        return switch (field.kind()) {
            case NUMBER -> "(case when jsonb_typeof(c.custom_fields -> " + key + ") = 'number' then (c.custom_fields ->> "
                    + key + ")::numeric end)";
            case BOOLEAN -> "(case when jsonb_typeof(c.custom_fields -> " + key
                    + ") = 'boolean' then (c.custom_fields ->> " + key + ")::boolean end)";
            case DATE -> "(c.custom_fields ->> " + key + ")";
            default -> "lower(c.custom_fields ->> " + key + ")";
        };
    }

    /** Texts and ISO dates are ordered byte by byte, so that postal code ranges do not depend on the collation. */
    private static String ordered(RuleField field, String expression) {
        return field.kind() == FieldKind.TEXT || field.kind() == FieldKind.DATE
                ? expression + " collate \"C\"" : expression;
    }

    private String value(RuleField field, Object value) {
        return parameter(field.kind() == FieldKind.TEXT ? lower(value) : value);
    }

    private String array(RuleField field, List<Object> values) {
        return "cast(" + parameter(values.stream().map(v -> field.kind() == FieldKind.TEXT ? lower(v) : v)
                .map(String::valueOf).toArray(String[]::new)) + " as text[])";
    }

    private String patterns(List<Object> values) {
        return "cast(" + parameter(values.stream().map(v -> escapeLike(lower(v)) + "%").toArray(String[]::new))
                + " as text[])";
    }

    private String parameter(Object value) {
        var name = prefix + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    private static String lower(Object value) {
        return value.toString().toLowerCase(Locale.ROOT);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A SQL boolean expression and its named parameters. */
    record SqlPredicate(String sql, Map<String, Object> parameters) {
    }
}
