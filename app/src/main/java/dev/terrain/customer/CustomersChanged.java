package dev.terrain.customer;

import java.util.Set;

/**
 * Customers were created or their data changed (edit, bulk upsert, import, transfer). Published inside the
 * writing transaction, so that synchronous listeners (territory assignment) are part of the same commit.
 */
public record CustomersChanged(Set<CustomerId> ids) {

    public CustomersChanged {
        ids = Set.copyOf(ids);
    }
}
