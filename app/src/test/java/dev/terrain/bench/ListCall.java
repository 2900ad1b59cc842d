package dev.terrain.bench;

import dev.terrain.customer.CustomerFilter;
import dev.terrain.customer.CustomerManagement;
import dev.terrain.customer.CustomerPaging;
import dev.terrain.organization.CurrentUser;

/**
 * The customer-list calls the benchmark times, through the application's own {@link CustomerManagement#list}:
 * the first page of 20 by name with its total counted up to 1,000, without and with a search text.
 */
enum ListCall {

    PAGE("list: first page (20 by name, total up to 1,000)"),
    SEARCH("search: first page (total up to 1,000)");

    private final String label;

    ListCall(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Runs the call for the reader; returns the number of customers on the page. */
    int run(CustomerManagement customers, CurrentUser reader, String term) {
        var filter = this == SEARCH ? CustomerFilter.text(term) : CustomerFilter.none();
        return customers.list(reader, filter, CustomerPaging.first()).items().size();
    }
}
