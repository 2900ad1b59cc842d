package dev.terrain.territory.internal;

import dev.terrain.customer.CustomerId;
import dev.terrain.customer.CustomersChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-evaluates the changed customers against every territory's rule, inside the transaction that changed them,
 * so that a customer is never saved with stale territories.
 */
@Component
class CustomerChanges {

    private final Assignments assignments;

    CustomerChanges(Assignments assignments) {
        this.assignments = assignments;
    }

    @EventListener
    @Transactional
    void reassign(CustomersChanged event) {
        if (!event.ids().isEmpty()) {
            assignments.evaluate(null, event.ids().stream().map(CustomerId::value).toList());
        }
    }
}
