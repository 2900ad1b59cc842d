package dev.terrain.customer.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.terrain.customer.ClosingPeriod;
import dev.terrain.customer.CustomerId;
import dev.terrain.customer.LocationQuality;
import dev.terrain.customer.OpeningInterval;
import dev.terrain.organization.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes customers with their opening hours and closing days. Reads only what a write needs (the stored
 * version, owner, coordinates); lists and views come from {@link CustomerReads}.
 */
@Repository
class Customers {

    static final String OUTDATED_NOTE = "the address changed; these coordinates are those of the earlier address";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Customers(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What an update keeps or compares: read with a row lock, so concurrent edits queue up. */
    record Stored(CustomerId id, int version, UserId ownerId, Double latitude, Double longitude,
            LocationQuality quality, String street, String postalCode, String city, String region, String country) {

        /**
         * The quality of the coordinates once {@code c} is saved: none are missing; new ones were entered; the
         * stored ones keep their quality (a geocoder's verdict) while the address stays, and are outdated once it
         * moves, kept on the map until the geocoder or a person places the new address.
         */
        LocationQuality qualityAfter(ValidCustomer c) {
            if (!c.located()) {
                return LocationQuality.MISSING;
            }
            boolean same = c.latitude().equals(latitude) && c.longitude().equals(longitude);
            if (!same || quality == LocationQuality.MISSING) {
                return LocationQuality.ENTERED;
            }
            return addressChangedBy(c) ? LocationQuality.OUTDATED : quality;
        }

        /** Whether {@code c} names another place: case and spacing aside, a part of the address differs. */
        boolean addressChangedBy(ValidCustomer c) {
            return !same(street, c.street()) || !same(postalCode, c.postalCode()) || !same(city, c.city())
                    || !same(region, c.region()) || !same(country, c.country());
        }

        private static boolean same(String stored, String given) {
            return normal(stored).equals(normal(given));
        }

        private static String normal(String part) {
            return part == null ? "" : part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    Optional<Stored> lock(CustomerId id) {
        return jdbc.sql("select id, version, owner_id, latitude, longitude, location_quality, street, postal_code, "
                + "city, region, country from customers where id = :id for update").param("id", id.value())
                .query((rs, n) -> {
                    var owner = rs.getObject("owner_id", UUID.class);
                    return new Stored(id, rs.getInt("version"), owner == null ? null : new UserId(owner),
                            rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
                            LocationQuality.valueOf(rs.getString("location_quality")), rs.getString("street"),
                            rs.getString("postal_code"), rs.getString("city"), rs.getString("region"),
                            rs.getString("country"));
                }).optional();
    }

    Optional<CustomerId> idOfExternal(String externalId) {
        return jdbc.sql("select id from customers where external_id = :ext").param("ext", externalId)
                .query(UUID.class).optional().map(CustomerId::new);
    }

    boolean externalIdTaken(String externalId, CustomerId self) {
        return externalId != null && jdbc.sql("select count(*) from customers where external_id = :ext and id <> :self")
                .param("ext", externalId).param("self", self == null ? new UUID(0, 0) : self.value())
                .query(Long.class).single() > 0;
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from customers)").query(Boolean.class).single();
    }

    void insert(CustomerId id, ValidCustomer c, UserId owner, LocationQuality quality) {
        jdbc.sql("""
                insert into customers (id, external_id, name, street, postal_code, city, region, country, latitude,
                    longitude, location_quality, phone, email, category, segment, industry, status, annual_revenue,
                    potential, ytd_sales, owner_id, custom_fields, visit_frequency_days, visit_duration_minutes,
                    priority, preferred_weekdays, do_not_plan, last_visit_on)
                values (:id, :ext, :name, :street, :postal, :city, :region, :country, :lat, :lon, :quality, :phone,
                    :email, :category, :segment, :industry, :status, :revenue, :potential, :ytd, :owner,
                    cast(:fields as jsonb), :frequency, :duration, :priority, cast(:preferred as smallint[]),
                    :doNotPlan, cast(:lastVisit as date))""")
                .params(columns(c, quality)).param("id", id.value())
                .param("owner", owner == null ? null : owner.value())
                .param("fields", json.writeValueAsString(c.customFields() == null ? Map.of() : c.customFields()))
                .param("preferred", weekdays(c, new Integer[0]))
                .param("lastVisit", c.lastVisitOn())
                .update();
        replaceSchedule(id, c);
    }

    /**
     * Updates every column; null collections, owner and last visit keep their stored value. The coordinates' quality
     * follows {@link Stored#qualityAfter}; when the address moves, the geocoder's bookkeeping starts over, so the job
     * takes the customer up at its next run. Returns the new version.
     */
    int update(ValidCustomer c, UserId owner, Stored before) {
        var quality = before.qualityAfter(c);
        boolean moved = before.addressChangedBy(c);
        var version = jdbc.sql("""
                update customers set external_id = :ext, name = :name, street = :street, postal_code = :postal,
                    city = :city, region = :region, country = :country, latitude = :lat, longitude = :lon,
                    location_quality = :quality, phone = :phone, email = :email, category = :category,
                    segment = :segment, industry = :industry, status = :status, annual_revenue = :revenue,
                    potential = :potential, ytd_sales = :ytd, owner_id = :owner,
                    custom_fields = coalesce(cast(:fields as jsonb), custom_fields),
                    visit_frequency_days = :frequency, visit_duration_minutes = :duration, priority = :priority,
                    preferred_weekdays = coalesce(cast(:preferred as smallint[]), preferred_weekdays),
                    do_not_plan = :doNotPlan, last_visit_on = coalesce(cast(:lastVisit as date), last_visit_on),
                    geocoding_attempted_at = case when :moved then null else geocoding_attempted_at end,
                    geocoding_note = case when :quality = 'OUTDATED' and :moved then :outdated
                                          when :quality = 'ENTERED' or :moved then null else geocoding_note end,
                    updated_at = now(), version = version + 1
                where id = :id returning version""")
                .params(columns(c, quality)).param("id", before.id().value())
                .param("owner", owner == null ? null : owner.value())
                .param("fields", c.customFields() == null ? null : json.writeValueAsString(c.customFields()))
                .param("preferred", weekdays(c, null))
                .param("lastVisit", c.lastVisitOn())
                .param("moved", moved).param("outdated", OUTDATED_NOTE)
                .query(Integer.class).single();
        replaceSchedule(before.id(), c);
        return version;
    }

    void delete(CustomerId id) {
        jdbc.sql("delete from customers where id = :id").param("id", id.value()).update();
    }

    private void replaceSchedule(CustomerId id, ValidCustomer c) {
        if (c.openingHours() != null) {
            replaceOpeningHours(id, c.openingHours());
        }
        if (c.closingDays() != null) {
            replaceClosingDays(id, c.closingDays());
        }
    }

    void replaceOpeningHours(CustomerId id, List<OpeningInterval> hours) {
        jdbc.sql("delete from opening_hours where customer_id = :id").param("id", id.value()).update();
        for (var interval : hours) {
            jdbc.sql("insert into opening_hours (customer_id, weekday, opens, closes) values (:id, :day, :opens, :closes)")
                    .param("id", id.value()).param("day", interval.day().getValue())
                    .param("opens", interval.opens()).param("closes", interval.closes()).update();
        }
    }

    void replaceClosingDays(CustomerId id, List<ClosingPeriod> periods) {
        jdbc.sql("delete from closing_days where customer_id = :id").param("id", id.value()).update();
        for (var period : periods) {
            jdbc.sql("insert into closing_days (customer_id, first_day, last_day, reason) values (:id, :first, :last, :reason)")
                    .param("id", id.value()).param("first", period.firstDay()).param("last", period.lastDay())
                    .param("reason", period.reason()).update();
        }
    }

    /** Removes a custom field from every customer that has a value for it; returns their ids. */
    List<CustomerId> dropCustomField(String key) {
        return jdbc.sql("""
                update customers set custom_fields = custom_fields - cast(:key as text), updated_at = now(),
                    version = version + 1
                where custom_fields ->> cast(:key as text) is not null returning id""")
                .param("key", key).query(UUID.class).list().stream().map(CustomerId::new).toList();
    }

    LocalDate lastVisitOn(CustomerId id) {
        return jdbc.sql("select last_visit_on from customers where id = :id").param("id", id.value())
                .query(LocalDate.class).optional().orElse(null);
    }

    private static Map<String, Object> columns(ValidCustomer c, LocationQuality quality) {
        var values = new java.util.HashMap<String, Object>();
        values.put("ext", c.externalId());
        values.put("name", c.name());
        values.put("street", c.street());
        values.put("postal", c.postalCode());
        values.put("city", c.city());
        values.put("region", c.region());
        values.put("country", c.country());
        values.put("lat", c.latitude());
        values.put("lon", c.longitude());
        values.put("quality", quality.name());
        values.put("phone", c.phone());
        values.put("email", c.email());
        values.put("category", c.category());
        values.put("segment", c.segment());
        values.put("industry", c.industry());
        values.put("status", c.status().name());
        values.put("revenue", c.annualRevenue());
        values.put("potential", c.potential());
        values.put("ytd", c.ytdSales());
        values.put("frequency", c.visitFrequencyDays());
        values.put("duration", c.visitDurationMinutes());
        values.put("priority", c.priority());
        values.put("doNotPlan", c.doNotPlan());
        return values;
    }

    private static Integer[] weekdays(ValidCustomer c, Integer[] whenNull) {
        return c.preferredDays() == null ? whenNull
                : c.preferredDays().stream().sorted().map(d -> d.getValue()).toArray(Integer[]::new);
    }
}
