package org.jiceng.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list with the total count, for pagination controls and the API. When {@code totalCapped} is true the
 * list was counted only up to {@code total} (a broad search over a province, see
 * {@code organization/NameSearch}): there are at least that many, and paging stops there.
 */
public record PageResult<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

    public PageResult(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalCapped);
    }
}
