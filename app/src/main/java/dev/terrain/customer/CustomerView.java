package dev.terrain.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import dev.terrain.organization.UserId;

/**
 * A customer as lists, the card and the API show it. {@code nextVisitDue} is the last visit plus the effective
 * frequency, or today when the customer was never visited. {@code version} grows with every change and is the
 * expected version of the next edit.
 */
public record CustomerView(CustomerId id, String externalId, String name, Address address, String phone,
        String email, String category, String segment, String industry, CustomerStatus status,
        BigDecimal annualRevenue, BigDecimal potential, BigDecimal ytdSales, Owner owner,
        Map<String, Object> customFields, VisitPolicy visitPolicy, LocalDate lastVisitOn, LocalDate nextVisitDue,
        Instant createdAt, Instant updatedAt, int version) {

    public CustomerView {
        customFields = customFields == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(customFields));
    }

    /** The visit address; latitude and longitude are null when {@code quality} is {@link LocationQuality#MISSING}. */
    public record Address(String street, String postalCode, String city, String region, String country,
            Double latitude, Double longitude, LocationQuality quality) {

        public boolean located() {
            return latitude != null && longitude != null;
        }
    }

    /** The rep (or supervisor) responsible for the customer. */
    public record Owner(UserId id, String name) {
    }

    /** Whether the next visit is due on or before {@code today}. */
    public boolean dueOn(LocalDate today) {
        return nextVisitDue != null && !nextVisitDue.isAfter(today);
    }

    /** Whether the customer was visited and the next visit should have happened before {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return lastVisitOn != null && nextVisitDue != null && nextVisitDue.isBefore(today);
    }
}
