package dev.terrain.customer;

/** Which page of customers to show: {@code page} counts from 0, {@code size} is capped at {@link #MAX_SIZE}. */
public record CustomerPaging(int page, int size, CustomerSort sort) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public CustomerPaging {
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        sort = sort == null ? CustomerSort.NAME : sort;
    }

    public static CustomerPaging first() {
        return new CustomerPaging(0, DEFAULT_SIZE, CustomerSort.NAME);
    }

    public long offset() {
        return (long) page * size;
    }
}
