package dev.terrain.customer.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.terrain.customer.Contact;
import dev.terrain.customer.ContactDraft;
import dev.terrain.customer.ContactId;
import dev.terrain.customer.CustomerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contact persons of customers. Callers check visibility of the customer first. */
@Repository
class Contacts {

    private final JdbcClient jdbc;

    Contacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Contact> of(CustomerId customer) {
        return jdbc.sql("select * from contacts where customer_id = :c order by position, lower(name), id")
                .param("c", customer.value()).query((rs, n) -> new Contact(new ContactId(rs.getObject("id", UUID.class)),
                        customer, rs.getString("name"), rs.getString("role"), rs.getString("phone"),
                        rs.getString("email"), rs.getString("external_id")))
                .list();
    }

    Optional<Contact> find(CustomerId customer, ContactId id) {
        return of(customer).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    int count(CustomerId customer) {
        return jdbc.sql("select count(*) from contacts where customer_id = :c").param("c", customer.value())
                .query(Integer.class).single();
    }

    boolean externalIdTaken(String externalId, ContactId self) {
        return externalId != null && jdbc.sql("select count(*) from contacts where external_id = :e and id <> :self")
                .param("e", externalId).param("self", self == null ? new UUID(0, 0) : self.value())
                .query(Long.class).single() > 0;
    }

    void insert(ContactId id, CustomerId customer, ContactDraft c, int position) {
        jdbc.sql("""
                insert into contacts (id, customer_id, external_id, name, role, phone, email, position)
                values (:id, :c, :ext, :name, :role, :phone, :email, :position)""")
                .param("id", id.value()).param("c", customer.value()).param("ext", c.externalId())
                .param("name", c.name()).param("role", c.role()).param("phone", c.phone()).param("email", c.email())
                .param("position", position).update();
    }

    void update(ContactId id, ContactDraft c) {
        jdbc.sql("update contacts set external_id = :ext, name = :name, role = :role, phone = :phone, email = :email "
                + "where id = :id").param("id", id.value()).param("ext", c.externalId()).param("name", c.name())
                .param("role", c.role()).param("phone", c.phone()).param("email", c.email()).update();
    }

    void delete(ContactId id) {
        jdbc.sql("delete from contacts where id = :id").param("id", id.value()).update();
    }
}
