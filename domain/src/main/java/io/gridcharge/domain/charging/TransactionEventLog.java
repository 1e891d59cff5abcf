package io.gridcharge.domain.charging;

import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.List;

/**
 * The events of OCPP 2.0.1 transactions, one per station, station transaction id and seqNo. Each method is one
 * database transaction.
 */
public interface TransactionEventLog {

    /**
     * What {@link #append} did: {@code kept} is false when an event with the same station, station transaction id
     * and seqNo was kept already (a repeat, left as it was); {@code gapless} is true when the seqNos kept of the
     * transaction, this one included, are 0 to the highest without one missing (then there is no need to ask
     * {@link #missingSeqNos}).
     */
    record Appended(boolean kept, boolean gapless) {
    }

    /** Keeps the event against the platform's transaction {@code transactionId}, in one statement. */
    Appended append(long transactionId, TransactionEvent event, Instant receivedAt);

    /** The seqNos below the highest received that never came, lowest first: the gaps of the transaction. */
    List<Integer> missingSeqNos(StationId stationId, String stationTransactionId);

    /** The events kept against the platform's transaction, by seqNo. */
    List<LoggedTransactionEvent> events(long transactionId);
}
