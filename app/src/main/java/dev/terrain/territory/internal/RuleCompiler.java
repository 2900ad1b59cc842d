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
            return builtIn(field);
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

    private static String builtIn(RuleField field) {
        return switch (field.kind()) {
            case TEXT -> "lower(c." + field.column() + ")";
            case CODE -> "upper(c." + field.column() + ")";
            default -> "c." + field.column();
        };
    }

    /**
     * The keys of a rule, for finding its candidates by a join rather than testing every customer: a customer the
     * rule matches has exactly one key whose {@code probe} (a SQL text expression over {@code customers c}, fixed
     * text) equals its {@code value}. They come from the first condition, among the parts of the rule's "all"
     * groups, that compares a built-in text or code field for equality ({@code equals}, {@code in}) or by prefix
     * ({@code startsWith}, probed as {@code left(expression, length)}), with the compiler's own expression and
     * case folding. Empty when the rule has no such condition (e.g. an "any" group): then every customer is a
     * candidate. The keys only narrow: the rule is still tested on each candidate.
     */
    static List<Key> keys(Rule rule) {
        if (rule instanceof Rule.Group group) {
            if (!group.any()) {
                for (var part : group.parts()) {
                    var keys = keys(part);
                    if (!keys.isEmpty()) {
                        return keys;
                    }
                }
            }
            return List.of();
        }
        var condition = (Rule.Condition) rule;
        var field = condition.field();
        if (field.isCustom() || (field.kind() != FieldKind.TEXT && field.kind() != FieldKind.CODE)) {
            return List.of();
        }
        var values = condition.values().stream()
                .map(v -> field.kind() == FieldKind.TEXT ? lower(v) : String.valueOf(v)).distinct().toList();
        return switch (condition.operator()) {
            case EQUALS, IN -> values.stream().map(v -> new Key(builtIn(field), v)).toList();
            // a prefix that extends another is dropped, so that no customer has two keys
            case STARTS_WITH -> values.stream()
                    .filter(v -> values.stream().noneMatch(other -> !other.equals(v) && v.startsWith(other)))
                    .map(v -> new Key("left(" + builtIn(field) + ", " + v.codePointCount(0, v.length()) + ")", v))
                    .toList();
            default -> List.of();
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

    /** A customer is a candidate of a rule when the SQL expression {@code probe} equals {@code value}. */
    record Key(String probe, String value) {
    }

    /** A SQL boolean expression and its named parameters. */
    record SqlPredicate(String sql, Map<String, Object> parameters) {
    }
}
