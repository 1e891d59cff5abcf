package io.gridcharge.store.repository;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * One page of a table's rows that match a {@link Where}, in a given order, with the total number of matches
 * (count(*) with the same filters). Runs on the caller's handle, inside the caller's transaction.
 */
record Listing<T>(String table, String columns, String orderBy, RowMapper<T> mapper) {

    Page<T> page(Handle handle, Where where, PageRequest page) {
        long total = where.bindTo(handle.createQuery("SELECT count(*) FROM " + table + " " + where.sql()))
                .mapTo(Long.class)
                .one();
        List<T> items = page.offset() >= total ? List.of() : rows(handle, where, page);
        return new Page<>(items, page.page(), page.size(), total);
    }

    private List<T> rows(Handle handle, Where where, PageRequest page) {
        String sql = "SELECT " + columns + " FROM " + table + " " + where.sql()
                + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset";
        return where.bindTo(handle.createQuery(sql))
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .map(mapper)
                .list();
    }
}
