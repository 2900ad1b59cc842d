package dev.terrain.customer.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.terrain.customer.ClosingPeriod;
import dev.terrain.customer.CustomFieldDefinition;
import dev.terrain.customer.CustomerDraft;
import dev.terrain.customer.CustomerStatus;
import dev.terrain.customer.OpeningInterval;
import dev.terrain.platform.InvalidInputException.FieldProblem;

/**
 * The rules a customer's data follows, one method per rule. Problems are collected, never thrown, so one answer
 * names every failing field; {@code prefix} is empty for a form and {@code rows[3].} for a bulk row.
 */
final class CustomerRules {

    static final int MAX_INTERVALS = 70;
    static final int MAX_CLOSING_PERIODS = 400;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()./\\s-]{3,50}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    private final String prefix;
    private final List<FieldProblem> problems;

    CustomerRules(String prefix, List<FieldProblem> problems) {
        this.prefix = prefix;
        this.problems = problems;
    }

    /** Returns the valid customer, or {@code null} when a problem was added. */
    ValidCustomer check(CustomerDraft d, List<String> categories, Map<String, CustomFieldDefinition> fields,
            LocalDate today) {
        if (d == null) {
            problem("", "is missing");
            return null;
        }
        int before = problems.size();
        var valid = new ValidCustomer(optional("externalId", d.externalId(), 100), required("name", d.name(), 300),
                optional("street", d.street(), 300), optional("postalCode", d.postalCode(), 20),
                optional("city", d.city(), 200), optional("region", d.region(), 200), country(d.country()),
                coordinate("latitude", d.latitude(), 90, d.longitude()),
                coordinate("longitude", d.longitude(), 180, d.latitude()), phone(d.phone()), email(d.email()),
                category(d.category(), categories), optional("segment", d.segment(), 100),
                optional("industry", d.industry(), 100), status(d.status()), amount("annualRevenue", d.annualRevenue()),
                amount("potential", d.potential()), amount("ytdSales", d.ytdSales()), d.ownerId(),
                new CustomFieldValues(prefix, problems).check(d.customFields(), fields),
                between("visitFrequencyDays", d.visitFrequencyDays(), 7, 730),
                between("visitDurationMinutes", d.visitDurationMinutes(), 5, 480),
                d.priority() == null ? 3 : between("priority", d.priority(), 1, 5) == null ? 3 : d.priority(),
                d.preferredDays(), Boolean.TRUE.equals(d.doNotPlan()), openingHours(d.openingHours()),
                closingDays(d.closingDays()), lastVisit(d.lastVisitOn(), today));
        return problems.size() == before ? valid : null;
    }

    private String country(String value) {
        var country = optional("country", value, 2);
        if (country != null && !COUNTRY.matcher(country.toUpperCase(Locale.ROOT)).matches()) {
            problem("country", "must be a two-letter country code");
            return null;
        }
        return country == null ? null : country.toUpperCase(Locale.ROOT);
    }

    private Double coordinate(String field, Double value, double limit, Double partner) {
        if (value == null) {
            if (partner != null) {
                problem(field, "is needed with the other coordinate");
            }
            return null;
        }
        if (value.isNaN() || value.isInfinite() || value < -limit || value > limit) {
            problem(field, "must be between -" + (int) limit + " and " + (int) limit);
            return null;
        }
        return value;
    }

    String phone(String value) {
        var phone = optional("phone", value, 50);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problem("phone", "is not a phone number");
            return null;
        }
        return phone;
    }

    String email(String value) {
        var email = optional("email", value, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problem("email", "is not an e-mail address");
            return null;
        }
        return email;
    }

    private String category(String value, List<String> categories) {
        if (value == null || value.isBlank()) {
            return categories.isEmpty() ? null : categories.get(0);
        }
        var category = value.strip().toUpperCase(Locale.ROOT);
        if (!categories.contains(category)) {
            problem("category", "must be one of " + String.join(", ", categories));
            return null;
        }
        return category;
    }

    private CustomerStatus status(String value) {
        if (value == null || value.isBlank()) {
            return CustomerStatus.ACTIVE;
        }
        try {
            return CustomerStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem("status", "must be one of PROSPECT, ACTIVE, INACTIVE");
            return null;
        }
    }

    private BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0) {
            problem(field, "must be between 0 and 9999999999999.99");
            return null;
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    private Integer between(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problem(field, "must be between " + min + " and " + max);
            return null;
        }
        return value;
    }

    private List<OpeningInterval> openingHours(List<OpeningInterval> intervals) {
        if (intervals == null) {
            return null;
        }
        if (intervals.size() > MAX_INTERVALS) {
            problem("openingHours", "must have at most " + MAX_INTERVALS + " intervals");
            return null;
        }
        var ok = new ArrayList<OpeningInterval>();
        for (int i = 0; i < intervals.size(); i++) {
            var row = "openingHours[" + i + "]";
            var interval = intervals.get(i);
            if (interval == null || interval.day() == null) {
                problem(row + ".day", "is required");
            } else if (interval.opens() == null) {
                problem(row + ".opens", "is required");
            } else if (interval.closes() == null) {
                problem(row + ".closes", "is required");
            } else if (!interval.closes().isAfter(interval.opens())) {
                problem(row + ".closes", "must be after the opening time");
            } else if (ok.stream().anyMatch(o -> o.day() == interval.day()
                    && o.opens().isBefore(interval.closes()) && interval.opens().isBefore(o.closes()))) {
                problem(row, "overlaps another interval of the same day");
            } else {
                ok.add(interval);
            }
        }
        ok.sort(Comparator.comparing(OpeningInterval::day).thenComparing(OpeningInterval::opens));
        return ok;
    }

    private List<ClosingPeriod> closingDays(List<ClosingPeriod> periods) {
        if (periods == null) {
            return null;
        }
        if (periods.size() > MAX_CLOSING_PERIODS) {
            problem("closingDays", "must have at most " + MAX_CLOSING_PERIODS + " periods");
            return null;
        }
        var ok = new ArrayList<ClosingPeriod>();
        var firstDays = new HashSet<LocalDate>();
        for (int i = 0; i < periods.size(); i++) {
            var row = "closingDays[" + i + "]";
            var period = periods.get(i);
            if (period == null || period.firstDay() == null) {
                problem(row + ".firstDay", "is required");
            } else if (period.lastDay() != null && period.lastDay().isBefore(period.firstDay())) {
                problem(row + ".lastDay", "must not be before the first day");
            } else if (!firstDays.add(period.firstDay())) {
                problem(row + ".firstDay", "is listed twice");
            } else {
                var reason = new CustomerRules(prefix + row + ".", problems).optional("reason", period.reason(), 200);
                ok.add(new ClosingPeriod(period.firstDay(),
                        period.lastDay() == null ? period.firstDay() : period.lastDay(), reason));
            }
        }
        ok.sort(Comparator.comparing(ClosingPeriod::firstDay));
        return ok;
    }

    private LocalDate lastVisit(LocalDate value, LocalDate today) {
        if (value != null && value.isAfter(today.plusDays(1))) {
            problem("lastVisitOn", "must not be in the future");
            return null;
        }
        return value;
    }

    String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problem(field, "is required");
            return null;
        }
        return optional(field, value, max);
    }

    String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > max) {
            problem(field, "must have at most " + max + " characters");
            return null;
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            problem(field, "must not contain control characters");
            return null;
        }
        return text;
    }

    void problem(String field, String message) {
        var name = field.isEmpty() && prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix + field;
        problems.add(new FieldProblem(name, message));
    }
}
