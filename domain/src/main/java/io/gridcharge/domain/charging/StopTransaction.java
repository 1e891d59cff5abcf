package io.gridcharge.domain.charging;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A station reports that a transaction ended (OCPP 1.6 §4.10), with the meter reading and optionally the
 * samples taken during it (transactionData). Committed before the answer; a resent stop changes nothing.
 * A stop for a transaction the platform never saw is still answered (the station cannot do anything else
 * with it), reported as empty, and kept as an {@link OrphanStop} for an operator to reconcile.
 */
public final class StopTransaction {
    public record Stopped(Optional<Transaction> transaction, Optional<Authorization> authorization) {
    }

    private final TransactionRepository transactions;
    private final OrphanStopRepository orphanStops;
    private final AuthorizeToken authorize;
    private final EventPublisher events;
    private final Clock clock;

    public StopTransaction(TransactionRepository transactions, OrphanStopRepository orphanStops,
                           AuthorizeToken authorize, EventPublisher events, Clock clock) {
        this.transactions = transactions;
        this.orphanStops = orphanStops;
        this.authorize = authorize;
        this.events = events;
        this.clock = clock;
    }

    public Stopped stop(StationId stationId, long transactionId, long meterStopWh, Instant stoppedAt, String reason,
                        IdToken stoppedBy, List<MeterSample> samples) {
        Optional<Authorization> authorization = Optional.ofNullable(stoppedBy).map(authorize::authorize);
        Optional<Transaction> known = transactions.find(transactionId)
                .filter(t -> t.stationId().equals(stationId));
        if (known.isEmpty()) {
            orphanStops.record(new OrphanStop(0, stationId, transactionId, meterStopWh, stoppedAt, reason, stoppedBy,
                    samples == null ? 0 : samples.size(), clock.instant()));
            return new Stopped(Optional.empty(), authorization);
        }
        boolean wasActive = known.get().isActive();
        Transaction stopped = transactions.stop(transactionId,
                new TransactionStop(meterStopWh, stoppedAt, reason, stoppedBy), samples);
        if (wasActive) {
            events.publish(new ChargingEvents.TransactionStopped(stationId, stopped, clock.instant()));
        }
        return new Stopped(Optional.of(stopped), authorization);
    }
}
