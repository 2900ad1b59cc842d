package dev.terrain.customer.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.terrain.customer.ClosingPeriod;
import dev.terrain.customer.CustomerDraft;
import dev.terrain.customer.OpeningInterval;
import dev.terrain.organization.UserId;

/**
 * A customer as sent to {@code POST}, {@code PUT} and bulk. Absent {@code ownerId}, {@code lastVisitOn},
 * {@code customFields}, {@code preferredDays}, {@code openingHours} and {@code closingDays} keep what is
 * stored; every other absent field is cleared (or takes its default).
 */
record CustomerRequest(String externalId, String name, String street, String postalCode, String city, String region,
        String country, Double latitude, Double longitude, String phone, String email, String category,
        String segment, String industry, String status, BigDecimal annualRevenue, BigDecimal potential,
        BigDecimal ytdSales, UUID ownerId, Map<String, Object> customFields, Integer visitFrequencyDays,
        Integer visitDurationMinutes, Integer priority, List<DayOfWeek> preferredDays, Boolean doNotPlan,
        List<OpeningInterval> openingHours, List<ClosingPeriod> closingDays, LocalDate lastVisitOn) {

    CustomerDraft draft() {
        return new CustomerDraft(externalId, name, street, postalCode, city, region, country, latitude, longitude,
                phone, email, category, segment, industry, status, annualRevenue, potential, ytdSales,
                ownerId == null ? null : new UserId(ownerId), customFields, visitFrequencyDays, visitDurationMinutes,
                priority, preferredDays == null ? null : new LinkedHashSet<>(preferredDays.stream()
                        .filter(java.util.Objects::nonNull).toList()),
                doNotPlan, openingHours, closingDays, lastVisitOn);
    }
}
