package dev.terrain.organization;

/**
 * Which page of a list to show. Sizes are capped at {@link #MAX_SIZE}; an unknown sort falls back to the
 * default order, so a sort parameter never reaches SQL as text.
 */
public record Paging(int page, int size, UserSort sort) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public Paging {
        page = Math.max(0, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        sort = sort == null ? UserSort.NAME : sort;
    }

    public static Paging first() {
        return new Paging(0, DEFAULT_SIZE, UserSort.NAME);
    }

    public long offset() {
        return (long) page * size;
    }
}
