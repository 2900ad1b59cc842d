package dev.terrain.territory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.terrain.territory.RuleFieldInfo;

/** Lists what a rule may say: the built-in fields, then the custom fields, with their operators. */
final class RuleCatalogue {

    private RuleCatalogue() {
    }

    static List<RuleFieldInfo> fields(Map<String, String> customTypes) {
        var fields = new ArrayList<RuleFieldInfo>();
        RuleField.BUILT_IN.forEach(field -> fields.add(info(field)));
        new TreeMap<>(customTypes).forEach((key, type) ->
                RuleField.named(RuleField.CUSTOM_PREFIX + key, customTypes).ifPresent(field -> fields.add(info(field))));
        return fields;
    }

    private static RuleFieldInfo info(RuleField field) {
        return new RuleFieldInfo(field.name(), field.kind().name(), Arrays.stream(RuleOperator.values())
                .filter(op -> op.appliesTo(field.kind())).map(RuleOperator::json).toList());
    }
}
