package io.gridcharge.domain.charging;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.List;

/**
 * One event of a transaction as an OCPP 2.0.1 station reports it (TransactionEvent, E01-E15): the station
 * numbers its transaction itself and each of its events with {@code seqNo}, from 0.
 *
 * @param evseId        the EVSE (the domain's connector number), null when the event does not say
 * @param triggerReason why the station sent it ("Authorized", "MeterValuePeriodic", ...), as on the wire
 * @param offline       the event happened while the station was offline, and is sent late
 * @param chargingState the charging state as on the wire ("Charging", "SuspendedEV", ...), null when unchanged
 * @param idToken       the token presented with this event, null when none; {@code idTokenType} its type as on
 *                      the wire ("ISO14443", "eMAID", ...), kept beside it
 * @param stoppedReason why it ended, on an Ended event; null elsewhere
 * @param samples       the meter values sent with it
 * @param reservationId the platform's reservation the transaction uses (H03), null when none
 */
public record TransactionEvent(StationId stationId, String stationTransactionId, Kind kind, int seqNo, Instant at,
                               String triggerReason, boolean offline, String chargingState, Integer evseId,
                               IdToken idToken, String idTokenType, String stoppedReason,
                               List<MeterSample> samples, Integer reservationId) {
    public enum Kind { STARTED, UPDATED, ENDED }

    private static final String TRANSACTION_BEGIN = "Transaction.Begin";

    public TransactionEvent {
        Require.present(stationId, "stationId");
        Require.text(stationTransactionId, 36, "transactionInfo.transactionId");
        Require.present(kind, "eventType");
        Require.present(at, "timestamp");
        Require.present(triggerReason, "triggerReason");
        if (seqNo < 0) {
            throw new InvalidInput("seqNo", "must be 0 or more");
        }
        if (evseId != null && evseId < 0) {
            throw new InvalidInput("evse.id", "must be 0 or more");
        }
        samples = samples == null ? List.of() : List.copyOf(samples);
    }

    /** The reading of the energy register taken when the transaction began (context Transaction.Begin), if sent. */
    public java.util.OptionalLong beginRegisterWh() {
        return MeterSample.lastEnergyRegisterWh(samples.stream()
                .filter(s -> TRANSACTION_BEGIN.equals(s.context())).toList());
    }

    /** An event that names no reservation. */
    public TransactionEvent(StationId stationId, String stationTransactionId, Kind kind, int seqNo, Instant at,
                            String triggerReason, boolean offline, String chargingState, Integer evseId,
                            IdToken idToken, String idTokenType, String stoppedReason, List<MeterSample> samples) {
        this(stationId, stationTransactionId, kind, seqNo, at, triggerReason, offline, chargingState, evseId, idToken,
                idTokenType, stoppedReason, samples, null);
    }

    /** The last reading of the energy register in this event, in Wh, if it has one. */
    public java.util.OptionalLong energyRegisterWh() {
        return MeterSample.lastEnergyRegisterWh(samples);
    }
}
