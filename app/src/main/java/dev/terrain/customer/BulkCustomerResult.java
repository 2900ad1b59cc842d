package dev.terrain.customer;

import java.util.List;

/** What a bulk upsert did: the ids in row order, and how many rows created or updated a customer. */
public record BulkCustomerResult(int created, int updated, List<CustomerId> ids) {

    public BulkCustomerResult {
        ids = List.copyOf(ids);
    }
}
