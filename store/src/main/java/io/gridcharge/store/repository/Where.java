package io.gridcharge.store.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The WHERE clause of a listing, made of the filters that were given. Absent filters leave no
 * {@code (:x IS NULL OR ..)} behind, so the planner sees only the conditions that apply.
 */
final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Adds {@code condition}, which uses parameter {@code :name}, when {@code value} is given (not null). */
    Where and(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            values.put(name, value);
        }
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    <S extends SqlStatement<S>> S bindTo(S statement) {
        return statement.bindMap(values);
    }
}
