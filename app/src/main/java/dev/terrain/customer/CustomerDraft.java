package dev.terrain.customer;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.terrain.organization.UserId;

/**
 * A customer as entered in a form, sent to the API or read from a bulk row; checked by
 * {@link CustomerManagement}, which names every bad field ({@code latitude}, {@code openingHours[2].closes},
 * {@code customFields.size}, in bulk {@code rows[7].name}).
 * <p>
 * An edit replaces the customer's fields with the draft's, except where null means "keep": {@code ownerId}
 * (changing it is a transfer), {@code lastVisitOn} (kept by visits), and the collections
 * {@code customFields}, {@code preferredDays}, {@code openingHours}, {@code closingDays} (send an empty one
 * to clear). {@code category} null means the company's first category; {@code status} null means ACTIVE;
 * {@code visitFrequencyDays} and {@code visitDurationMinutes} null mean the company's default.
 */
public record CustomerDraft(String externalId, String name, String street, String postalCode, String city,
        String region, String country, Double latitude, Double longitude, String phone, String email,
        String category, String segment, String industry, String status, BigDecimal annualRevenue,
        BigDecimal potential, BigDecimal ytdSales, UserId ownerId, Map<String, Object> customFields,
        Integer visitFrequencyDays, Integer visitDurationMinutes, Integer priority, Set<DayOfWeek> preferredDays,
        Boolean doNotPlan, List<OpeningInterval> openingHours, List<ClosingPeriod> closingDays,
        LocalDate lastVisitOn) {

    /** The same draft with another external id (an upsert takes it from the address). */
    public CustomerDraft withExternalId(String id) {
        return new CustomerDraft(id, name, street, postalCode, city, region, country, latitude, longitude, phone, email,
                category, segment, industry, status, annualRevenue, potential, ytdSales, ownerId, customFields,
                visitFrequencyDays, visitDurationMinutes, priority, preferredDays, doNotPlan, openingHours, closingDays,
                lastVisitOn);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A draft that, saved unchanged, leaves the customer as it is. */
    public static Builder from(CustomerView c) {
        var a = c.address();
        var p = c.visitPolicy();
        return new Builder().externalId(c.externalId()).name(c.name()).street(a.street()).postalCode(a.postalCode())
                .city(a.city()).region(a.region()).country(a.country()).location(a.latitude(), a.longitude())
                .phone(c.phone()).email(c.email()).category(c.category()).segment(c.segment()).industry(c.industry())
                .status(c.status().name()).annualRevenue(c.annualRevenue()).potential(c.potential())
                .ytdSales(c.ytdSales()).ownerId(c.owner() == null ? null : c.owner().id())
                .customFields(c.customFields()).visitFrequencyDays(p.frequencyDays())
                .visitDurationMinutes(p.durationMinutes()).priority(p.priority()).preferredDays(p.preferredDays())
                .doNotPlan(p.doNotPlan()).openingHours(p.openingHours()).closingDays(p.closingDays())
                .lastVisitOn(c.lastVisitOn());
    }

    /** Builds drafts step by step; every field starts empty (null). */
    public static final class Builder {
        private String externalId, name, street, postalCode, city, region, country, phone, email, category, segment,
                industry, status;
        private Double latitude, longitude;
        private BigDecimal annualRevenue, potential, ytdSales;
        private UserId ownerId;
        private Map<String, Object> customFields;
        private Integer visitFrequencyDays, visitDurationMinutes, priority;
        private Set<DayOfWeek> preferredDays;
        private Boolean doNotPlan;
        private List<OpeningInterval> openingHours;
        private List<ClosingPeriod> closingDays;
        private LocalDate lastVisitOn;

        public Builder externalId(String v) { externalId = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder street(String v) { street = v; return this; }
        public Builder postalCode(String v) { postalCode = v; return this; }
        public Builder city(String v) { city = v; return this; }
        public Builder region(String v) { region = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder location(Double lat, Double lon) { latitude = lat; longitude = lon; return this; }
        public Builder phone(String v) { phone = v; return this; }
        public Builder email(String v) { email = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder segment(String v) { segment = v; return this; }
        public Builder industry(String v) { industry = v; return this; }
        public Builder status(String v) { status = v; return this; }
        public Builder annualRevenue(BigDecimal v) { annualRevenue = v; return this; }
        public Builder potential(BigDecimal v) { potential = v; return this; }
        public Builder ytdSales(BigDecimal v) { ytdSales = v; return this; }
        public Builder ownerId(UserId v) { ownerId = v; return this; }
        public Builder customFields(Map<String, Object> v) { customFields = v; return this; }
        public Builder visitFrequencyDays(Integer v) { visitFrequencyDays = v; return this; }
        public Builder visitDurationMinutes(Integer v) { visitDurationMinutes = v; return this; }
        public Builder priority(Integer v) { priority = v; return this; }
        public Builder preferredDays(Set<DayOfWeek> v) { preferredDays = v; return this; }
        public Builder doNotPlan(Boolean v) { doNotPlan = v; return this; }
        public Builder openingHours(List<OpeningInterval> v) { openingHours = v; return this; }
        public Builder closingDays(List<ClosingPeriod> v) { closingDays = v; return this; }
        public Builder lastVisitOn(LocalDate v) { lastVisitOn = v; return this; }

        public CustomerDraft build() {
            return new CustomerDraft(externalId, name, street, postalCode, city, region, country, latitude, longitude,
                    phone, email, category, segment, industry, status, annualRevenue, potential, ytdSales, ownerId,
                    customFields, visitFrequencyDays, visitDurationMinutes, priority, preferredDays, doNotPlan,
                    openingHours, closingDays, lastVisitOn);
        }
    }
}
