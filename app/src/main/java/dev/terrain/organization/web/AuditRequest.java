package dev.terrain.organization.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.internal.AuditEntries.AuditFilter;
import dev.terrain.organization.internal.SettingProblem;
import org.springframework.security.access.AccessDeniedException;

/**
 * A request to read the audit log, from the screen's filter form or the API's query string: which entries,
 * which page. Dates are days in the reader's time zone; {@code to} includes its whole day.
 */
record AuditRequest(AuditFilter filter, int page, int size, List<SettingProblem> problems) {

    static final java.util.Set<String> PARAMETERS =
            java.util.Set.of("entity", "entityId", "actor", "action", "from", "to", "page", "size");
    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 100;

    static void requireAdmin(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new AccessDeniedException("Only admins read the audit log");
        }
    }

    static AuditRequest of(Map<String, String> params, ZoneId zone) {
        var problems = new ArrayList<SettingProblem>();
        var from = date(params, "from", problems);
        var to = date(params, "to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(SettingProblem.of("to", "audit.error.toBeforeFrom"));
        }
        var filter = new AuditFilter(text(params, "entity", 60, problems), text(params, "entityId", 100, problems),
                text(params, "actor", 254, problems), text(params, "action", 60, problems),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        int page = number(params, "page", 0, 0, 1_000_000, problems);
        int size = number(params, "size", DEFAULT_SIZE, 1, MAX_SIZE, problems);
        return new AuditRequest(filter, page, size, List.copyOf(problems));
    }

    private static String text(Map<String, String> params, String name, int max, List<SettingProblem> problems) {
        var value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            problems.add(SettingProblem.of(name, "audit.error.tooLong", max));
            return null;
        }
        return value.strip();
    }

    private static LocalDate date(Map<String, String> params, String name, List<SettingProblem> problems) {
        var value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(SettingProblem.of(name, "audit.error.date"));
            return null;
        }
    }

    private static int number(Map<String, String> params, String name, int fallback, int min, int max,
            List<SettingProblem> problems) {
        var value = params.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(SettingProblem.of(name, "audit.error.range", min, max));
        return fallback;
    }
}
