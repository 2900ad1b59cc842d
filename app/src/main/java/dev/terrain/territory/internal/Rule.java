package dev.terrain.territory.internal;

import java.util.List;

/**
 * An assignment rule, validated: a group combines its parts with "all" (and) or "any" (or); a condition compares
 * one account field with typed values ({@code String}, {@code BigDecimal} or {@code Boolean}).
 */
sealed interface Rule {

    record Group(boolean any, List<Rule> parts) implements Rule {

        public Group {
            parts = List.copyOf(parts);
        }
    }

    record Condition(RuleField field, RuleOperator operator, List<Object> values) implements Rule {

        public Condition {
            values = List.copyOf(values);
        }
    }
}
