package dev.terrain.customer.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.terrain.customer.ClosingPeriod;
import dev.terrain.customer.CustomerStatus;
import dev.terrain.customer.OpeningInterval;
import dev.terrain.organization.UserId;

/**
 * A draft that passed {@link CustomerRules}: trimmed, within bounds, typed. Null collections, owner and last
 * visit mean "keep what is stored" on an update.
 */
record ValidCustomer(String externalId, String name, String street, String postalCode, String city, String region,
        String country, Double latitude, Double longitude, String phone, String email, String category,
        String segment, String industry, CustomerStatus status, BigDecimal annualRevenue, BigDecimal potential,
        BigDecimal ytdSales, UserId ownerId, Map<String, Object> customFields, Integer visitFrequencyDays,
        Integer visitDurationMinutes, int priority, Set<DayOfWeek> preferredDays, boolean doNotPlan,
        List<OpeningInterval> openingHours, List<ClosingPeriod> closingDays, LocalDate lastVisitOn) {

    boolean located() {
        return latitude != null && longitude != null;
    }

    /** Short description for the audit log. */
    String describe() {
        return "name: " + name + "; category: " + category + "; status: " + status
                + (externalId == null ? "" : "; externalId: " + externalId)
                + (city == null ? "" : "; city: " + city);
    }
}
