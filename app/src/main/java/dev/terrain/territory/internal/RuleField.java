package dev.terrain.territory.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An account field a rule may test: a column of {@code customers} ({@code column} is fixed text, never taken
 * from the rule) or a custom field ({@code customKey}, always sent as a parameter).
 */
record RuleField(String name, FieldKind kind, String column, String customKey) {

    static final String CUSTOM_PREFIX = "custom.";

    static final List<RuleField> BUILT_IN = List.of(
            new RuleField("postalCode", FieldKind.TEXT, "postal_code", null),
            new RuleField("city", FieldKind.TEXT, "city", null),
            new RuleField("region", FieldKind.TEXT, "region", null),
            new RuleField("country", FieldKind.CODE, "country", null),
            new RuleField("category", FieldKind.TEXT, "category", null),
            new RuleField("segment", FieldKind.TEXT, "segment", null),
            new RuleField("industry", FieldKind.TEXT, "industry", null),
            new RuleField("status", FieldKind.CODE, "status", null),
            new RuleField("annualRevenue", FieldKind.NUMBER, "annual_revenue", null),
            new RuleField("potential", FieldKind.NUMBER, "potential", null),
            new RuleField("ytdSales", FieldKind.NUMBER, "ytd_sales", null));

    /** Names that would make a rule depend on territory membership, which could never be evaluated top-down. */
    static final List<String> MEMBERSHIP_NAMES = List.of("territory", "territoryId", "territories", "member",
            "members", "membership");

    /** The field of that name, given the custom field definitions (key to type). */
    static Optional<RuleField> named(String name, Map<String, String> customTypes) {
        if (name.startsWith(CUSTOM_PREFIX)) {
            var key = name.substring(CUSTOM_PREFIX.length());
            var type = customTypes.get(key);
            return type == null ? Optional.empty()
                    : Optional.of(new RuleField(name, FieldKind.ofCustomType(type), null, key));
        }
        return BUILT_IN.stream().filter(field -> field.name.equals(name)).findFirst();
    }

    boolean isCustom() {
        return customKey != null;
    }
}
