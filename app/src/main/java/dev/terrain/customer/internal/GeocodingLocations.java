package dev.terrain.customer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerVisibility;
import dev.terrain.customer.GeocodedLocation;
import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Paging;
import dev.terrain.organization.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes customers' coordinates; every read for a user goes through the visibility rule. */
@Repository
class GeocodingLocations {

    private static final String COLUMNS = "c.id, c.name, c.street, c.postal_code, c.city, c.region, c.country, "
            + "c.latitude, c.longitude, c.location_quality, c.geocoding_note, u.display_name as owner_name";

    private final JdbcClient jdbc;
    private final CustomerVisibility visibility;

    GeocodingLocations(JdbcClient jdbc, CustomerVisibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    ResultPage<GeocodedLocation> problems(CurrentUser viewer, String quality, Paging paging) {
        var visible = visibility.visibleTo(viewer, "c");
        var where = " where c.location_quality in ('MISSING', 'OUTDATED', 'DOUBTFUL')"
                + " and (cast(:quality as text) is null or c.location_quality = :quality) and " + visible.sql();
        var total = jdbc.sql("select count(*) from customers c" + where)
                .param("quality", quality).params(visible.parameters()).query(Long.class).single();
        var items = jdbc.sql("select " + COLUMNS + " from customers c left join users u on u.id = c.owner_id" + where
                        + " order by case c.location_quality when 'MISSING' then 0 when 'OUTDATED' then 1 else 2 end,"
                        + " lower(c.name), c.id limit :limit offset :offset")
                .param("quality", quality).params(visible.parameters())
                .param("limit", paging.size()).param("offset", paging.offset())
                .query(GeocodingLocations::map).list();
        return ResultPage.of(items, paging.page(), paging.size(), total);
    }

    Optional<GeocodedLocation> find(CurrentUser viewer, UUID id, boolean lock) {
        var visible = visibility.visibleTo(viewer, "c");
        return jdbc.sql("select " + COLUMNS + " from customers c left join users u on u.id = c.owner_id where c.id = :id and "
                        + visible.sql() + (lock ? " for update of c" : ""))
                .param("id", id).params(visible.parameters()).query(GeocodingLocations::map).optional();
    }

    void place(UUID id, double latitude, double longitude) {
        jdbc.sql("""
                update customers set latitude = :lat, longitude = :lon, location_quality = 'ENTERED',
                       geocoding_note = null, updated_at = now(), version = version + 1
                where id = :id""")
                .param("lat", latitude).param("lon", longitude).param("id", id).update();
    }

    /**
     * A customer waiting for geocoding: no coordinates or outdated ones, an address, not tried since
     * {@code triedBefore}.
     */
    record Pending(UUID id, GeocodingAddress address) {
    }

    /** The next customer to geocode, locked; customers another node holds are skipped. */
    Optional<Pending> lockNextPending(Instant triedBefore, Collection<UUID> only) {
        return jdbc.sql("""
                select c.id, c.street, c.postal_code, c.city, c.region, c.country from customers c
                where c.location_quality in ('MISSING', 'OUTDATED')
                  and (coalesce(c.street, '') <> '' or coalesce(c.postal_code, '') <> '' or coalesce(c.city, '') <> '')
                  and (c.geocoding_attempted_at is null or c.geocoding_attempted_at < :before)
                  and (cast(:only as text[]) is null or c.id = any(cast(:only as uuid[])))
                order by c.geocoding_attempted_at nulls first, c.created_at, c.id
                limit 1 for update skip locked""")
                .param("before", java.sql.Timestamp.from(triedBefore))
                .param("only", only == null ? null : TransferCustomers.strings(only))
                .query((rs, n) -> new Pending(rs.getObject("id", UUID.class), new GeocodingAddress(
                        rs.getString("street"), rs.getString("postal_code"), rs.getString("city"),
                        rs.getString("region"), rs.getString("country"))))
                .optional();
    }

    void saveGeocoding(UUID id, GeocodingOutcome outcome) {
        if (outcome.hasCoordinates()) {
            jdbc.sql("""
                    update customers set latitude = :lat, longitude = :lon, location_quality = :quality,
                           geocoding_note = :note, geocoding_attempted_at = now(), updated_at = now(), version = version + 1
                    where id = :id""")
                    .param("lat", outcome.latitude()).param("lon", outcome.longitude())
                    .param("quality", outcome.kind() == GeocodingOutcome.Kind.FOUND ? "GEOCODED" : "DOUBTFUL")
                    .param("note", outcome.note()).param("id", id).update();
        } else {
            jdbc.sql("update customers set geocoding_note = :note, geocoding_attempted_at = now() where id = :id")
                    .param("note", outcome.note()).param("id", id).update();
        }
    }

    private static GeocodedLocation map(ResultSet rs, int row) throws SQLException {
        return new GeocodedLocation(new CustomerId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("street"), rs.getString("postal_code"), rs.getString("city"), rs.getString("country"),
                rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
                rs.getString("location_quality"), rs.getString("geocoding_note"), rs.getString("owner_name"));
    }
}
