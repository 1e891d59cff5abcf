package io.gridcharge.store.repository;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * How the writes on a station's hot path (boot, connector status, meter samples, transaction start and stop)
 * reach the database. Either way a write has committed when {@link #inTransaction} returns, so the station's
 * answer still leaves after the commit; {@link GroupCommit} shares one commit among many stations' writes.
 */
public interface Writes {
    /** A unit of work run inside a database transaction; it must not commit or roll back itself. */
    @FunctionalInterface
    interface Work<T> {
        T run(Handle handle);
    }

    /**
     * Writes of one kind, many of which can go in as one statement (a multi-row upsert, one COPY): a batch
     * hands all its rows of the kind at once, in the order they came.
     */
    @FunctionalInterface
    interface Merged<R, T> {
        /** Writes {@code rows} and returns one result per row, in the same order. */
        List<T> writeAll(Handle handle, List<R> rows);
    }

    /** Runs {@code work} in a transaction and returns once it has committed; its exception otherwise. */
    <T> T inTransaction(Work<T> work);

    /** Writes {@code row} with others of its {@code kind}, returns its result once that has committed. */
    <R, T> T inTransaction(Merged<R, T> kind, R row);

    /** Each write in a transaction of its own, on the caller's thread. */
    static Writes eachOnItsOwn(Jdbi jdbi) {
        return new Writes() {
            @Override
            public <T> T inTransaction(Work<T> work) {
                return jdbi.inTransaction(work::run);
            }

            @Override
            public <R, T> T inTransaction(Merged<R, T> kind, R row) {
                return jdbi.inTransaction(handle -> kind.writeAll(handle, List.of(row)).getFirst());
            }
        };
    }
}
