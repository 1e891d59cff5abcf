package io.gridcharge.domain.charging;

import io.gridcharge.domain.event.DomainEvent;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.List;

/** The events of charging. */
public final class ChargingEvents {
    private ChargingEvents() {
    }

    public record TransactionStarted(StationId stationId, Transaction transaction, Instant at) implements DomainEvent {
    }

    /** An active transaction named its reservation after it started (OCPP 2.0.1, see {@link TransactionRepository#reserve}). */
    public record ReservationNamed(StationId stationId, Transaction transaction, Instant at) implements DomainEvent {
    }

    public record TransactionStopped(StationId stationId, Transaction transaction, Instant at) implements DomainEvent {
    }

    public record MeterValuesReceived(StationId stationId, int connectorId, Long transactionId,
                                      List<MeterSample> samples, Instant at) implements DomainEvent {
    }
}
