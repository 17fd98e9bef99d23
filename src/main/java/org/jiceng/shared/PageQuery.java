package org.jiceng.shared;

import java.util.Map;

/**
 * A page of a list: 1-based page number, page size, and a sort key chosen from a whitelist the list declares
 * (the key is never put into SQL as typed).
 */
public record PageQuery(int page, int size, String sort, boolean descending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageQuery {
        page = Math.max(1, page);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
    }

    public static PageQuery of(Integer page, Integer size, String sort, String dir) {
        return new PageQuery(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size, sort,
                "desc".equalsIgnoreCase(dir));
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    /** The ORDER BY clause for the requested sort key, or the first (default) key when the request names none. */
    public String orderBy(Map<String, String> sortColumns, String defaultKey, String tieBreaker) {
        String column = sort != null && sortColumns.containsKey(sort) ? sortColumns.get(sort) : sortColumns.get(defaultKey);
        return column + (descending ? " DESC" : " ASC") + ", " + tieBreaker;
    }
}
