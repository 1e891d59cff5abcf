package io.gridcharge.store.repository;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format, the cheapest way to append many rows:
 * one statement, no per-row parameter binding on either side (issue 5: the journal writes two rows per OCPP
 * message). Columns are tab-separated, rows end with a newline, null is {@code \N}, and backslash, tab, newline
 * and carriage return in a value are escaped with a backslash (PostgreSQL docs, COPY, "Text Format").
 */
final class CopyRows {
    private final String table;
    private final String columns;
    private final StringBuilder rows = new StringBuilder(4096);
    private boolean rowOpen;
    private int count;

    /** {@code columns}: the column list in the order each row gives its values, e.g. "station_id, at". */
    CopyRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    /** Appends the next value of the current row (a new row after {@link #endRow}); null is SQL NULL. */
    CopyRows value(Object value) {
        if (rowOpen) {
            rows.append('\t');
        }
        rowOpen = true;
        if (value == null) {
            rows.append("\\N");
            return this;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
        return this;
    }

    CopyRows endRow() {
        rows.append('\n');
        rowOpen = false;
        count++;
        return this;
    }

    int count() {
        return count;
    }

    /** Copies the rows in on {@code handle}'s connection, inside its transaction if one is open. */
    long copyIn(Handle handle) {
        if (count == 0) {
            return 0;
        }
        try {
            return handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
