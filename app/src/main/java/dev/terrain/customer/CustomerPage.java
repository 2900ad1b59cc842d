package dev.terrain.customer;

import java.util.List;

/**
 * One page of customers; {@code page} counts from 0.
 * <p>
 * Totals are counted only up to {@link #TOTAL_CAP}: past it, {@code totalCapped} is true and {@code totalItems}
 * and {@code totalPages} are lower bounds ("1,000+"), because an exact count must test every customer the
 * reader might see (seconds at a million customers). {@code more} says whether a next page exists, known
 * exactly from the rows read, whatever the total.
 */
public record CustomerPage(List<CustomerView> items, int page, int size, long totalItems, int totalPages,
        boolean totalCapped, boolean more) {

    /** The most customers a list counts; more shows as "1,000+". */
    public static final int TOTAL_CAP = 1000;

    public CustomerPage {
        items = List.copyOf(items);
    }

    /**
     * @param counted the matching customers: exactly, or counted up to {@code TOTAL_CAP + 1} (more: capped)
     * @param more    whether rows follow this page
     * @param exact   whether {@code counted} is exact (known from the rows of a last page) rather than capped
     */
    public static CustomerPage of(List<CustomerView> items, CustomerPaging paging, long counted, boolean more,
            boolean exact) {
        var capped = !exact && counted > TOTAL_CAP;
        var seen = paging.offset() + items.size();
        var total = capped ? Math.max(TOTAL_CAP, seen) : counted;
        var pages = (int) Math.max(1, (total + paging.size() - 1) / paging.size());
        if (more) {
            pages = Math.max(pages, paging.page() + 2);
        }
        return new CustomerPage(items, paging.page(), paging.size(), total, pages, capped, more);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return more;
    }
}
