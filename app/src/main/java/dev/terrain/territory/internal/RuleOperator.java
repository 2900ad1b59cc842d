package dev.terrain.territory.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The comparisons a rule condition may make, each with the field kinds it applies to. */
enum RuleOperator {
    EQUALS("equals", EnumSet.allOf(FieldKind.class)),
    IN("in", EnumSet.of(FieldKind.TEXT, FieldKind.CODE)),
    NOT_IN("notIn", EnumSet.of(FieldKind.TEXT, FieldKind.CODE)),
    STARTS_WITH("startsWith", EnumSet.of(FieldKind.TEXT)),
    BETWEEN("between", EnumSet.of(FieldKind.TEXT, FieldKind.NUMBER, FieldKind.DATE)),
    GTE("gte", EnumSet.of(FieldKind.NUMBER, FieldKind.DATE)),
    LTE("lte", EnumSet.of(FieldKind.NUMBER, FieldKind.DATE)),
    IS_EMPTY("isEmpty", EnumSet.allOf(FieldKind.class));

    private final String json;
    private final Set<FieldKind> kinds;

    RuleOperator(String json, Set<FieldKind> kinds) {
        this.json = json;
        this.kinds = kinds;
    }

    String json() {
        return json;
    }

    boolean appliesTo(FieldKind kind) {
        return kinds.contains(kind);
    }

    static Optional<RuleOperator> ofJson(String name) {
        return Arrays.stream(values()).filter(op -> op.json.equals(name)).findFirst();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(RuleOperator::json).toList());
    }
}
