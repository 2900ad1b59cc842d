package dev.terrain.customer.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomerNote;
import dev.terrain.organization.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notes timelines of customers. Callers check visibility of the customer first. */
@Repository
class Notes {

    private final JdbcClient jdbc;

    Notes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerNote> of(CustomerId customer, int limit) {
        return jdbc.sql("""
                select n.id, n.author_id, u.display_name, n.written_at, n.text from customer_notes n
                left join users u on u.id = n.author_id
                where n.customer_id = :c order by n.written_at desc, n.id limit :limit""")
                .param("c", customer.value()).param("limit", limit)
                .query((rs, n) -> {
                    var author = rs.getObject("author_id", UUID.class);
                    return new CustomerNote(rs.getObject("id", UUID.class), customer,
                            author == null ? null : new UserId(author), rs.getString("display_name"),
                            rs.getObject("written_at", OffsetDateTime.class).toInstant(), rs.getString("text"));
                }).list();
    }

    UUID insert(CustomerId customer, UserId author, String text) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into customer_notes (id, customer_id, author_id, text) values (:id, :c, :a, :t)")
                .param("id", id).param("c", customer.value()).param("a", author == null ? null : author.value())
                .param("t", text).update();
        return id;
    }

    CustomerNote find(CustomerId customer, UUID id) {
        return of(customer, 500).stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
