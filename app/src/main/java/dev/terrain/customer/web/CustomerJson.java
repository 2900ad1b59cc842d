package dev.terrain.customer.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.terrain.customer.ClosingPeriod;
import dev.terrain.customer.CustomerStatus;
import dev.terrain.customer.CustomerView;
import dev.terrain.customer.LocationQuality;
import dev.terrain.customer.OpeningInterval;

/** A customer in the REST API: the fields of a request, plus what the server keeps and computes. */
record CustomerJson(UUID id, String externalId, String name, String street, String postalCode, String city,
        String region, String country, Double latitude, Double longitude, LocationQuality locationQuality,
        String phone, String email, String category, String segment, String industry, CustomerStatus status,
        BigDecimal annualRevenue, BigDecimal potential, BigDecimal ytdSales, UUID ownerId, String ownerName,
        Map<String, Object> customFields, Integer visitFrequencyDays, Integer visitDurationMinutes,
        int effectiveVisitFrequencyDays, int effectiveVisitDurationMinutes, int priority,
        List<DayOfWeek> preferredDays, boolean doNotPlan, List<OpeningInterval> openingHours,
        List<ClosingPeriod> closingDays, LocalDate lastVisitOn, LocalDate nextVisitDue, Instant createdAt,
        Instant updatedAt, int version) {

    static CustomerJson of(CustomerView c) {
        var a = c.address();
        var p = c.visitPolicy();
        return new CustomerJson(c.id().value(), c.externalId(), c.name(), a.street(), a.postalCode(), a.city(),
                a.region(), a.country(), a.latitude(), a.longitude(), a.quality(), c.phone(), c.email(), c.category(),
                c.segment(), c.industry(), c.status(), c.annualRevenue(), c.potential(), c.ytdSales(),
                c.owner() == null ? null : c.owner().id().value(), c.owner() == null ? null : c.owner().name(),
                c.customFields(), p.frequencyDays(), p.durationMinutes(), p.effectiveFrequencyDays(),
                p.effectiveDurationMinutes(), p.priority(), p.preferredDays().stream().sorted().toList(), p.doNotPlan(),
                p.openingHours(), p.closingDays(), c.lastVisitOn(), c.nextVisitDue(), c.createdAt(), c.updatedAt(),
                c.version());
    }
}
