package dev.terrain.organization.web;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.terrain.organization.internal.SettingKey;
import dev.terrain.organization.internal.SettingKind;
import jakarta.servlet.http.HttpServletRequest;

/**
 * How settings appear in forms: one field per setting (and per customer category), grouped in sections, and
 * how a posted form turns back into setting texts.
 */
final class SettingFields {

    static final List<DayOfWeek> DAYS = Arrays.asList(DayOfWeek.values());
    static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")).sorted().toList();

    private SettingFields() {
    }

    /** One input of a settings form. {@code category} is set for a customer category's visit frequency. */
    record Field(String name, String kind, int min, int max, String category) {
    }

    /** A titled group of fields, e.g. the working day. */
    record Section(String name, List<Field> fields) {
    }

    /** The fields of the given setting names (as they come from the settings), in sections. */
    static List<Section> sections(Collection<String> names) {
        var sections = new LinkedHashMap<String, List<Field>>();
        for (var name : names) {
            var key = SettingKey.of(name).orElseThrow();
            var category = SettingKey.categoryOf(name).orElse(null);
            sections.computeIfAbsent(section(key), s -> new ArrayList<>())
                    .add(new Field(name, key.kind().name(), key.min(), key.max(), category));
        }
        return sections.entrySet().stream().map(e -> new Section(e.getKey(), e.getValue())).toList();
    }

    private static String section(SettingKey key) {
        return switch (key) {
            case WORKING_DAYS, WORKDAY_START, WORKDAY_END, BREAK_EARLIEST_START, BREAK_LATEST_START, BREAK_MINUTES ->
                    "workday";
            case VISIT_DURATION_MINUTES, VISIT_FREQUENCY_DAYS -> "visits";
            case OVERNIGHT_ALLOWED, OVERNIGHT_DAYS, OVERNIGHT_MIN_DISTANCE_KM, OVERNIGHT_MAX_NIGHTS_PER_WEEK,
                    OVERNIGHT_COST_PER_NIGHT -> "overnight";
            default -> "regional";
        };
    }

    /**
     * The texts of a posted form for the given setting names. A day list or yes/no box that is not ticked
     * sends nothing, which reads as no days or no.
     */
    static Map<String, String> posted(HttpServletRequest request, Collection<String> names) {
        var texts = new LinkedHashMap<String, String>();
        for (var name : names) {
            var kind = SettingKey.of(name).orElseThrow().kind();
            var values = request.getParameterValues(name);
            if (kind == SettingKind.DAYS) {
                texts.put(name, values == null ? "" : String.join(",", values));
            } else if (kind == SettingKind.BOOLEAN) {
                texts.put(name, values != null && Arrays.asList(values).contains("true") ? "true" : "false");
            } else {
                texts.put(name, values == null ? "" : values[0]);
            }
        }
        return texts;
    }
}
