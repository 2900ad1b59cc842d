package dev.terrain.territory.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rule as the simple editor shows it: a top group (all/any) of conditions and of groups of conditions,
 * one level deep. Deeper rules are edited as JSON. Rows are kept ordered by group, so that a row's index is its
 * position in the page. The service validates whatever this produces; this only translates.
 */
public final class RuleForm {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public record Row(int group, String field, String op, String value) {
    }

    private String combine;
    private final List<String> groups;
    private final List<Row> rows;

    private RuleForm(String combine, List<String> groups, List<Row> rows) {
        this.combine = "any".equals(combine) ? "any" : "all";
        this.groups = new ArrayList<>(groups);
        this.rows = new ArrayList<>(rows);
        this.rows.sort(Comparator.comparingInt(Row::group));
    }

    static RuleForm empty() {
        return new RuleForm("all", List.of(), List.of());
    }

    /** The form of a stored rule, or empty when the rule is too deep for the form. */
    static Optional<RuleForm> of(String json) {
        if (json == null || json.isBlank()) {
            return Optional.of(empty());
        }
        try {
            var node = JSON.readTree(json);
            if (node.has("field")) {
                return Optional.of(new RuleForm("all", List.of(), List.of(row(0, node))));
            }
            var any = node.has("any");
            var groups = new ArrayList<String>();
            var rows = new ArrayList<Row>();
            for (var part : node.get(any ? "any" : "all")) {
                if (part.has("field")) {
                    rows.add(row(0, part));
                    continue;
                }
                var partAny = part.has("any");
                groups.add(partAny ? "any" : "all");
                for (var inner : part.get(partAny ? "any" : "all")) {
                    if (!inner.has("field")) {
                        return Optional.empty();
                    }
                    rows.add(row(groups.size(), inner));
                }
            }
            return Optional.of(new RuleForm(any ? "any" : "all", groups, rows));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The form as posted: parallel lists, one entry per row. */
    static RuleForm of(String combine, List<String> groupCombine, List<Integer> rowGroup, List<String> rowField,
            List<String> rowOp, List<String> rowValue) {
        var rows = new ArrayList<Row>();
        int count = rowGroup == null ? 0 : rowGroup.size();
        var groups = groupCombine == null ? List.<String>of() : groupCombine;
        for (int i = 0; i < count && i < 200; i++) {
            int group = rowGroup.get(i) == null ? 0 : rowGroup.get(i);
            rows.add(new Row(group < 0 || group > groups.size() ? 0 : group, at(rowField, i), at(rowOp, i), at(rowValue, i)));
        }
        return new RuleForm(combine, groups, rows);
    }

    /** Applies an editing button: {@code add}, {@code add:2} (to group 2), {@code group}, {@code remove:3}. */
    RuleForm edit(String action) {
        var parts = action == null ? new String[] { "" } : action.split(":", 2);
        int argument = parts.length > 1 && parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : 0;
        switch (parts[0]) {
            case "add" -> rows.add(new Row(Math.min(argument, groups.size()), "postalCode", "startsWith", ""));
            case "group" -> {
                groups.add("any");
                rows.add(new Row(groups.size(), "postalCode", "startsWith", ""));
            }
            case "remove" -> {
                if (argument < rows.size()) {
                    rows.remove(argument);
                }
            }
            default -> { }
        }
        return new RuleForm(combine, groups, rows);
    }

    /** The rule as JSON, or null when the form has no condition; {@code kinds} maps field names to value kinds. */
    String json(Map<String, String> kinds) {
        if (rows.isEmpty()) {
            return null;
        }
        var top = NODES.arrayNode();
        rows.stream().filter(row -> row.group() == 0).forEach(row -> top.add(condition(row, kinds)));
        for (int g = 1; g <= groups.size(); g++) {
            int group = g;
            var inner = NODES.arrayNode();
            rows.stream().filter(row -> row.group() == group).forEach(row -> inner.add(condition(row, kinds)));
            if (!inner.isEmpty()) {
                top.add(NODES.objectNode().set(groups.get(g - 1), inner));
            }
        }
        return JSON.writeValueAsString(NODES.objectNode().set(combine, top));
    }

    public String combine() {
        return combine;
    }

    public List<String> groups() {
        return groups;
    }

    public List<Row> rows() {
        return rows;
    }

    private static ObjectNode condition(Row row, Map<String, String> kinds) {
        var node = NODES.objectNode();
        node.put("field", row.field() == null ? "" : row.field());
        node.put("op", row.op() == null ? "" : row.op());
        var kind = kinds.getOrDefault(row.field(), "TEXT");
        var text = row.value() == null ? "" : row.value().strip();
        switch (row.op() == null ? "" : row.op()) {
            case "isEmpty" -> { }
            case "in", "notIn", "startsWith" -> node.set("value", list(text.split(","), kind));
            case "between" -> node.set("value", list(text.split(",|\\.\\."), kind));
            default -> node.set("value", scalar(text, kind));
        }
        return node;
    }

    private static ArrayNode list(String[] items, String kind) {
        var array = NODES.arrayNode();
        for (var item : items) {
            if (!item.isBlank()) {
                array.add(scalar(item.strip(), kind));
            }
        }
        return array;
    }

    private static JsonNode scalar(String text, String kind) {
        if ("NUMBER".equals(kind)) {
            try {
                return NODES.numberNode(new java.math.BigDecimal(text.replace(" ", "")));
            } catch (NumberFormatException e) {
                return NODES.stringNode(text);
            }
        }
        if ("BOOLEAN".equals(kind) && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return NODES.stringNode(text);
    }

    private static Row row(int group, JsonNode node) {
        var value = node.get("value");
        String text;
        if (value == null || value.isNull()) {
            text = "";
        } else if (value.isArray()) {
            var items = new ArrayList<String>();
            value.forEach(item -> items.add(item.asString()));
            text = String.join(", ", items);
        } else {
            text = value.asString();
        }
        return new Row(group, node.path("field").asString(""), node.path("op").asString(""), text);
    }

    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() ? "" : list.get(i);
    }
}
