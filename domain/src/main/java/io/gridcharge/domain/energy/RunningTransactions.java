package io.gridcharge.domain.energy;

import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionQuery;
import io.gridcharge.domain.charging.TransactionRepository;
import io.gridcharge.domain.charging.TransactionStatus;
import io.gridcharge.domain.energy.CompositeScheduleCalculator.RunningTransaction;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.util.Comparator;
import java.util.Optional;

/** The transaction running on a station's connector, as the platform has it booked. */
final class RunningTransactions {
    private final TransactionRepository transactions;

    RunningTransactions(TransactionRepository transactions) {
        this.transactions = transactions;
    }

    /** The latest active transaction of the connector (a station runs at most one per connector). */
    Optional<RunningTransaction> on(StationId stationId, int connectorId) {
        return transactionOn(stationId, connectorId).map(t -> new RunningTransaction(t.id(), t.startedAt()));
    }

    /** The same, as booked: with the station's own id of it (OCPP 2.0.1). */
    Optional<Transaction> transactionOn(StationId stationId, int connectorId) {
        if (connectorId == 0) {
            return Optional.empty();
        }
        return transactions.list(new TransactionQuery(stationId, TransactionStatus.ACTIVE, null, null),
                        PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(t -> t.connectorId() == connectorId)
                .max(Comparator.comparing(Transaction::startedAt));
    }
}
