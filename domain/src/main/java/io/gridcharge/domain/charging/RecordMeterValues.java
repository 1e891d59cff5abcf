package io.gridcharge.domain.charging;

import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.util.List;

/**
 * A station reports meter values (OCPP 1.6 §4.7). Samples of an unknown or foreign transaction are kept
 * against the connector alone rather than dropped.
 */
public final class RecordMeterValues {
    private final TransactionRepository transactions;
    private final EventPublisher events;
    private final Clock clock;

    public RecordMeterValues(TransactionRepository transactions, EventPublisher events, Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    public void record(StationId stationId, int connectorId, Long transactionId, List<MeterSample> samples) {
        if (samples.isEmpty()) {
            return;
        }
        Long owned = transactionId == null ? null : transactions.find(transactionId)
                .filter(t -> t.stationId().equals(stationId))
                .map(Transaction::id)
                .orElse(null);
        keep(stationId, connectorId, owned, samples);
    }

    /** Samples of a transaction the caller holds already (a 2.0.1 TransactionEvent): it is not read again. */
    public void record(Transaction transaction, int connectorId, List<MeterSample> samples) {
        if (!samples.isEmpty()) {
            keep(transaction.stationId(), connectorId, transaction.id(), samples);
        }
    }

    private void keep(StationId stationId, int connectorId, Long transactionId, List<MeterSample> samples) {
        transactions.appendSamples(stationId, connectorId, transactionId, samples);
        events.publish(new ChargingEvents.MeterValuesReceived(stationId, connectorId, transactionId, samples,
                clock.instant()));
    }
}
