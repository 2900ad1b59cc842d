package dev.terrain.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.terrain.organization.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Customers for the transfer, map and geocoding tests, written straight into the shared test database (the
 * customer module's own services are not needed): unique names, an owner, optional coordinates and visits.
 */
@Component
public class TransferFixture {

    private final JdbcClient jdbc;

    public TransferFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A customer in Lyon without coordinates. */
    public UUID customer(CurrentUser owner, String name) {
        return insert(owner, name, "3 rue de la République", "69002", "Lyon", null, null, "MISSING", null, null);
    }

    /** A customer with coordinates (entered), its last visit and its own frequency (null: the category's). */
    public UUID customerAt(CurrentUser owner, String name, double latitude, double longitude, LocalDate lastVisit,
            Integer frequencyDays) {
        return insert(owner, name, null, null, "Lyon", latitude, longitude, "ENTERED", lastVisit, frequencyDays);
    }

    public UUID customerWithAddress(CurrentUser owner, String name, String street, String postalCode, String city) {
        return insert(owner, name, street, postalCode, city, null, null, "MISSING", null, null);
    }

    private UUID insert(CurrentUser owner, String name, String street, String postalCode, String city, Double latitude,
            Double longitude, String quality, LocalDate lastVisit, Integer frequencyDays) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into customers (id, name, street, postal_code, city, country, latitude, longitude, location_quality,
                                       owner_id, last_visit_on, visit_frequency_days, category, external_id)
                values (:id, :name, :street, :postalCode, :city, 'FR', :lat, :lon, :quality, :owner, :lastVisit,
                        :frequency, 'B', :externalId)""")
                .param("id", id).param("name", name).param("street", street).param("postalCode", postalCode)
                .param("city", city).param("lat", latitude).param("lon", longitude).param("quality", quality)
                .param("owner", owner == null ? null : owner.id().value()).param("lastVisit", lastVisit)
                .param("frequency", frequencyDays).param("externalId", "ext-" + id)
                .update();
        return id;
    }

    public void addContactNoteHoursAndClosing(UUID customer, CurrentUser author) {
        jdbc.sql("insert into contacts (id, customer_id, external_id, name, role, phone) values (:id, :c, :ext, 'Anne Martin', 'Buyer', '+33 4 00 00 00 00')")
                .param("id", UUID.randomUUID()).param("c", customer).param("ext", "contact-" + customer).update();
        jdbc.sql("insert into customer_notes (id, customer_id, author_id, text) values (:id, :c, :a, 'Prefers mornings')")
                .param("id", UUID.randomUUID()).param("c", customer).param("a", author.id().value()).update();
        jdbc.sql("insert into opening_hours (customer_id, weekday, opens, closes) values (:c, 1, '08:00', '12:00')")
                .param("c", customer).update();
        jdbc.sql("insert into closing_days (customer_id, first_day, last_day, reason) values (:c, '2026-08-01', '2026-08-15', 'Summer')")
                .param("c", customer).update();
    }

    public UUID ownerOf(UUID customer) {
        return jdbc.sql("select owner_id from customers where id = :id").param("id", customer).query(UUID.class).single();
    }

    public List<UUID> ownedBy(CurrentUser user) {
        return jdbc.sql("select id from customers where owner_id = :u order by name").param("u", user.id().value())
                .query(UUID.class).list();
    }

    public String quality(UUID customer) {
        return jdbc.sql("select location_quality from customers where id = :id").param("id", customer)
                .query(String.class).single();
    }

    public List<String> notesOf(UUID customer) {
        return jdbc.sql("select text from customer_notes where customer_id = :c order by written_at, text")
                .param("c", customer).query(String.class).list();
    }

    public List<String> auditActions(Object entityId) {
        return jdbc.sql("select action from audit_log where entity_id = :id order by id")
                .param("id", String.valueOf(entityId)).query(String.class).list();
    }
}
