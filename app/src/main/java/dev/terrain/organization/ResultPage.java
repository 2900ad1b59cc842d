package dev.terrain.organization;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code page} counts from 0. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> ResultPage<T> of(List<T> items, int page, int size, long totalItems) {
        return new ResultPage<>(List.copyOf(items), page, size, totalItems,
                (int) Math.max(1, (totalItems + size - 1) / size));
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
