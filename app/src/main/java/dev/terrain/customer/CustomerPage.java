package dev.terrain.customer;

import java.util.List;

/** One page of customers; {@code page} counts from 0. */
public record CustomerPage(List<CustomerView> items, int page, int size, long totalItems, int totalPages) {

    public CustomerPage {
        items = List.copyOf(items);
    }

    public static CustomerPage of(List<CustomerView> items, CustomerPaging paging, long totalItems) {
        return new CustomerPage(items, paging.page(), paging.size(), totalItems,
                (int) Math.max(1, (totalItems + paging.size() - 1) / paging.size()));
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
