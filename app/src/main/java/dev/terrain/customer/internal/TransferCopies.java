package dev.terrain.customer.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Duplicates customers for a copy transfer: the customer row (owned by the target, without external id), its
 * contacts (without external ids), opening hours, closing days and notes, plus a note saying where it came from.
 * Set-based: a few statements whatever the number of customers.
 */
@Repository
class TransferCopies {

    private static final String COPIED_COLUMNS = "name, street, postal_code, city, region, country, latitude, "
            + "longitude, location_quality, phone, email, category, segment, industry, status, annual_revenue, "
            + "potential, ytd_sales, custom_fields, visit_frequency_days, visit_duration_minutes, priority, "
            + "preferred_weekdays, do_not_plan, last_visit_on, geocoding_attempted_at, geocoding_note";

    private final JdbcClient jdbc;

    TransferCopies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Copies each customer to the new owner.
     *
     * @param note the text of the "copied from" note, with {@code {name}} standing for the original's name
     * @return the id of each copy by the id of its original
     */
    Map<UUID, UUID> copy(Iterable<UUID> originals, UUID owner, UUID author, String note) {
        var copies = new LinkedHashMap<UUID, UUID>();
        originals.forEach(id -> copies.put(id, UUID.randomUUID()));
        if (copies.isEmpty()) {
            return copies;
        }
        var olds = TransferCustomers.strings(copies.keySet());
        var news = TransferCustomers.strings(copies.values());
        var pairs = "with m(old_id, new_id) as (select cast(o as uuid), cast(n as uuid) from unnest(cast(:olds as text[]), cast(:news as text[])) as p(o, n)) ";
        jdbc.sql(pairs + "insert into customers (id, external_id, owner_id, " + COPIED_COLUMNS + ") "
                        + "select m.new_id, null, :owner, " + prefixed("c.") + " from customers c join m on m.old_id = c.id")
                .param("olds", olds).param("news", news).param("owner", owner).update();
        jdbc.sql(pairs + """
                insert into contacts (id, customer_id, external_id, name, role, phone, email, position)
                select gen_random_uuid(), m.new_id, null, k.name, k.role, k.phone, k.email, k.position
                from contacts k join m on m.old_id = k.customer_id""")
                .param("olds", olds).param("news", news).update();
        jdbc.sql(pairs + """
                insert into opening_hours (customer_id, weekday, opens, closes)
                select m.new_id, h.weekday, h.opens, h.closes from opening_hours h join m on m.old_id = h.customer_id""")
                .param("olds", olds).param("news", news).update();
        jdbc.sql(pairs + """
                insert into closing_days (customer_id, first_day, last_day, reason)
                select m.new_id, d.first_day, d.last_day, d.reason from closing_days d join m on m.old_id = d.customer_id""")
                .param("olds", olds).param("news", news).update();
        jdbc.sql(pairs + """
                insert into customer_notes (id, customer_id, author_id, written_at, text)
                select gen_random_uuid(), m.new_id, n.author_id, n.written_at, n.text
                from customer_notes n join m on m.old_id = n.customer_id""")
                .param("olds", olds).param("news", news).update();
        jdbc.sql(pairs + """
                insert into customer_notes (id, customer_id, author_id, written_at, text)
                select gen_random_uuid(), m.new_id, cast(:author as uuid), now(), replace(:note, '{name}', c.name)
                from customers c join m on m.old_id = c.id""")
                .param("olds", olds).param("news", news).param("author", author).param("note", note).update();
        return copies;
    }

    private static String prefixed(String prefix) {
        return prefix + COPIED_COLUMNS.replace(", ", ", " + prefix);
    }
}
