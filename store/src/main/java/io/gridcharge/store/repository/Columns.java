package io.gridcharge.store.repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Reads nullable columns of a row the way the repositories store them: timestamptz as an {@link Instant}
 * (read as an offset date-time, so the JVM's time zone plays no part), integers as boxed values, enums by name.
 */
final class Columns {
    private Columns() {
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static <E extends Enum<E>> E enumValue(ResultSet row, String column, Class<E> type) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
