package dev.terrain.customer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.terrain.customer.TransferMode;
import dev.terrain.customer.TransferParty;
import dev.terrain.customer.TransferStatus;
import dev.terrain.customer.TransferView;
import dev.terrain.customer.TransferredCustomer;

/** A transfer in JSON, with the customers the caller may see (none in lists). */
record TransferJson(UUID id, TransferMode mode, boolean temporary, TransferStatus status, String reason,
        TransferParty from, TransferParty to, LocalDate startsOn, LocalDate endsOn, LocalDate endedOn,
        String createdBy, Instant createdAt, int customerCount, List<CustomerJson> customers) {

    record CustomerJson(UUID id, String name, String city, TransferParty originalOwner, UUID copyId, String state) {

        static CustomerJson of(TransferredCustomer c) {
            return new CustomerJson(c.id().value(), c.name(), c.city(), c.originalOwner(),
                    c.copyId() == null ? null : c.copyId().value(), c.state());
        }
    }

    static TransferJson of(TransferView t) {
        return new TransferJson(t.id(), t.mode(), t.temporary(), t.status(), t.reason(), t.from(), t.to(),
                t.startsOn(), t.endsOn(), t.endedOn(), t.createdBy(), t.createdAt(), t.customerCount(),
                t.customers().stream().map(CustomerJson::of).toList());
    }
}
