package dev.terrain.customer.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.terrain.customer.ClosingPeriod;
import dev.terrain.customer.CustomerDraft;
import dev.terrain.customer.CustomerView;
import dev.terrain.customer.OpeningInterval;
import dev.terrain.organization.UserId;
import dev.terrain.platform.InvalidInputException.FieldProblem;
import dev.terrain.platform.web.RequestIds;

/**
 * The customer form as typed: every field is text, so that a mistyped number or time comes back named instead
 * of failing. Opening hours are one line per weekday ({@code hours1} = Monday: {@code 08:30-12:00, 14:00-18:30});
 * closing days one period per line ({@code 2026-12-24..2026-12-26 Christmas}); custom fields {@code cf.<key>}.
 */
final class CustomerForm {

    private static final Pattern INTERVAL = Pattern.compile("^(\\d{1,2})(?:[:hH](\\d{2})?)?\\s*[-–]\\s*(\\d{1,2})(?:[:hH](\\d{2})?)?$");
    private static final Pattern PERIOD = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:(?:\\s*\\.\\.\\s*|\\s+)(\\d{4}-\\d{2}-\\d{2}))?\\s*(.*)$");

    final Map<String, String> values = new LinkedHashMap<>();
    final Set<String> preferredDays = new LinkedHashSet<>();
    final Map<String, String> customFields = new LinkedHashMap<>();

    /** Which weekday each opening interval of the last draft came from, to name problems by form field. */
    private final List<DayOfWeek> intervalDays = new ArrayList<>();

    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    public String custom(String key) {
        return customFields.getOrDefault(key, "");
    }

    public boolean prefers(Object day) {
        return preferredDays.contains(String.valueOf(day));
    }

    static CustomerForm empty(String category) {
        var form = new CustomerForm();
        form.values.put("category", category);
        form.values.put("status", "ACTIVE");
        form.values.put("priority", "3");
        form.values.put("country", "FR");
        return form;
    }

    static CustomerForm of(CustomerView c) {
        var form = new CustomerForm();
        var a = c.address();
        var p = c.visitPolicy();
        put(form, "externalId", c.externalId());
        put(form, "name", c.name());
        put(form, "street", a.street());
        put(form, "postalCode", a.postalCode());
        put(form, "city", a.city());
        put(form, "region", a.region());
        put(form, "country", a.country());
        put(form, "latitude", a.latitude());
        put(form, "longitude", a.longitude());
        put(form, "phone", c.phone());
        put(form, "email", c.email());
        put(form, "category", c.category());
        put(form, "segment", c.segment());
        put(form, "industry", c.industry());
        put(form, "status", c.status());
        put(form, "annualRevenue", c.annualRevenue() == null ? null : c.annualRevenue().toPlainString());
        put(form, "potential", c.potential() == null ? null : c.potential().toPlainString());
        put(form, "ytdSales", c.ytdSales() == null ? null : c.ytdSales().toPlainString());
        put(form, "ownerId", c.owner() == null ? null : c.owner().id());
        put(form, "visitFrequencyDays", p.frequencyDays());
        put(form, "visitDurationMinutes", p.durationMinutes());
        put(form, "priority", p.priority());
        put(form, "doNotPlan", p.doNotPlan() ? "true" : null);
        put(form, "lastVisitOn", c.lastVisitOn());
        put(form, "version", c.version());
        for (var day : DayOfWeek.values()) {
            put(form, "hours" + day.getValue(), hoursText(p.openingHoursOn(day)));
        }
        put(form, "closingDays", p.closingDays().stream().map(CustomerForm::periodText).collect(Collectors.joining("\n")));
        p.preferredDays().forEach(d -> form.preferredDays.add(d.name()));
        c.customFields().forEach((k, v) -> form.customFields.put(k, v instanceof BigDecimal n ? n.toPlainString() : String.valueOf(v)));
        return form;
    }

    static CustomerForm posted(Map<String, String[]> parameters) {
        var form = new CustomerForm();
        parameters.forEach((name, given) -> {
            var value = given.length == 0 ? "" : given[0];
            if (name.startsWith("cf.")) {
                form.customFields.put(name.substring(3), value);
            } else if (name.equals("preferredDays")) {
                form.preferredDays.addAll(List.of(given));
            } else if (!name.startsWith("_")) {
                form.values.put(name, value);
            }
        });
        return form;
    }

    static String hoursText(List<OpeningInterval> intervals) {
        return intervals.stream().map(i -> i.opens() + "-" + i.closes()).collect(Collectors.joining(", "));
    }

    static String periodText(ClosingPeriod p) {
        var days = p.firstDay().equals(p.lastDay()) ? p.firstDay().toString() : p.firstDay() + ".." + p.lastDay();
        return p.reason() == null ? days : days + " " + p.reason();
    }

    /** The draft to send, collecting problems with numbers, times and ids on the way. */
    CustomerDraft draft(List<FieldProblem> problems) {
        var preferred = new LinkedHashSet<DayOfWeek>();
        for (var day : preferredDays) {
            try {
                preferred.add(DayOfWeek.valueOf(day));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("preferredDays", "unknown weekday"));
            }
        }
        return CustomerDraft.builder().externalId(get("externalId")).name(get("name")).street(get("street"))
                .postalCode(get("postalCode")).city(get("city")).region(get("region")).country(get("country"))
                .location(decimal("latitude", problems) == null ? null : decimal("latitude", problems).doubleValue(),
                        decimal("longitude", problems) == null ? null : decimal("longitude", problems).doubleValue())
                .phone(get("phone")).email(get("email")).category(get("category")).segment(get("segment"))
                .industry(get("industry")).status(get("status")).annualRevenue(decimal("annualRevenue", problems))
                .potential(decimal("potential", problems)).ytdSales(decimal("ytdSales", problems))
                .ownerId(owner(problems)).customFields(new LinkedHashMap<>(customFields))
                .visitFrequencyDays(integer("visitFrequencyDays", problems))
                .visitDurationMinutes(integer("visitDurationMinutes", problems))
                .priority(integer("priority", problems)).preferredDays(preferred)
                .doNotPlan(!get("doNotPlan").isBlank()).openingHours(openingHours(problems))
                .closingDays(closingDays(problems)).lastVisitOn(date("lastVisitOn", problems)).build();
    }

    /** The form field a service problem belongs to: {@code openingHours[3].closes} becomes {@code hours2}. */
    String fieldOf(String problemField) {
        var matcher = Pattern.compile("^openingHours\\[(\\d+)].*").matcher(problemField);
        if (matcher.matches()) {
            int index = Integer.parseInt(matcher.group(1));
            return index < intervalDays.size() ? "hours" + intervalDays.get(index).getValue() : "hours1";
        }
        if (problemField.startsWith("closingDays")) {
            return "closingDays";
        }
        return problemField;
    }

    private List<OpeningInterval> openingHours(List<FieldProblem> problems) {
        intervalDays.clear();
        var intervals = new ArrayList<OpeningInterval>();
        for (var day : DayOfWeek.values()) {
            var field = "hours" + day.getValue();
            for (var part : get(field).split("[,;]")) {
                if (part.isBlank()) {
                    continue;
                }
                var m = INTERVAL.matcher(part.strip());
                try {
                    if (!m.matches()) {
                        throw new IllegalArgumentException();
                    }
                    intervals.add(new OpeningInterval(day, time(m.group(1), m.group(2)), time(m.group(3), m.group(4))));
                    intervalDays.add(day);
                } catch (RuntimeException e) {
                    problems.add(new FieldProblem(field, "is not a list of times such as 08:30-12:00, 14:00-18:00"));
                    break;
                }
            }
        }
        return intervals;
    }

    private static LocalTime time(String hours, String minutes) {
        return LocalTime.of(Integer.parseInt(hours), minutes == null ? 0 : Integer.parseInt(minutes));
    }

    private List<ClosingPeriod> closingDays(List<FieldProblem> problems) {
        var periods = new ArrayList<ClosingPeriod>();
        for (var line : get("closingDays").split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            var m = PERIOD.matcher(line.strip());
            try {
                if (!m.matches()) {
                    throw new IllegalArgumentException();
                }
                var first = LocalDate.parse(m.group(1));
                periods.add(new ClosingPeriod(first, m.group(2) == null ? first : LocalDate.parse(m.group(2)),
                        m.group(3).isBlank() ? null : m.group(3).strip()));
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("closingDays", "is not a list of days such as 2026-12-24..2026-12-26 Christmas"));
                break;
            }
        }
        return periods;
    }

    private BigDecimal decimal(String field, List<FieldProblem> problems) {
        var text = get(field).strip().replace(" ", "").replace(',', '.');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            if (problems.stream().noneMatch(p -> p.field().equals(field))) {
                problems.add(new FieldProblem(field, "must be a number"));
            }
            return null;
        }
    }

    private Integer integer(String field, List<FieldProblem> problems) {
        var number = decimal(field, problems);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            problems.add(new FieldProblem(field, "must be a whole number"));
            return null;
        }
    }

    private LocalDate date(String field, List<FieldProblem> problems) {
        try {
            return get(field).isBlank() ? null : LocalDate.parse(get(field).strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date (yyyy-mm-dd)"));
            return null;
        }
    }

    private UserId owner(List<FieldProblem> problems) {
        if (get("ownerId").isBlank()) {
            return null;
        }
        return RequestIds.parse(get("ownerId")).map(UserId::new).orElseGet(() -> {
            problems.add(new FieldProblem("ownerId", "unknown user"));
            return null;
        });
    }

    Integer version() {
        try {
            return Integer.valueOf(get("version").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void put(CustomerForm form, String name, Object value) {
        form.values.put(name, value == null ? "" : String.valueOf(value));
    }
}
