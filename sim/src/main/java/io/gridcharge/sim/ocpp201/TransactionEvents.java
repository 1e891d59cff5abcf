package io.gridcharge.sim.ocpp201;

import io.gridcharge.ocpp.v201.transactions.ChargingStateEnumType;
import io.gridcharge.ocpp.v201.transactions.ReasonEnumType;
import io.gridcharge.ocpp.v201.transactions.TransactionEventEnumType;
import io.gridcharge.ocpp.v201.transactions.TransactionEventRequest;
import io.gridcharge.ocpp.v201.transactions.TransactionType;
import io.gridcharge.ocpp.v201.transactions.TriggerReasonEnumType;
import io.gridcharge.ocpp.v201.types.EVSEType;
import io.gridcharge.ocpp.v201.types.IdTokenEnumType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import io.gridcharge.ocpp.v201.types.LocationEnumType;
import io.gridcharge.ocpp.v201.types.MeasurandEnumType;
import io.gridcharge.ocpp.v201.types.MeterValueType;
import io.gridcharge.ocpp.v201.types.ReadingContextEnumType;
import io.gridcharge.ocpp.v201.types.SampledValueType;
import io.gridcharge.ocpp.v201.types.UnitOfMeasureType;
import io.gridcharge.sim.charger.ConnectorState;
import io.gridcharge.sim.charger.StopReason;
import io.gridcharge.sim.charger.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model's transactions told as OCPP 2.0.1 TransactionEvents (E01-E07). The station names each transaction
 * itself (E01: unique per station, here a UUID, so a second run against the same CSMS never repeats one)
 * and numbers each transaction's events from 0 (E01: seqNo). Each of the model's connectors is an EVSE
 * with connector 1. Events are built when they happen, on the simulation's thread, so the offline flag says
 * whether the station was on the CSMS then (E04), whenever the message is delivered.
 */
final class TransactionEvents {
    /** What the station keeps of one of its transactions. */
    private static final class Tx {
        final String id;
        final int evseId;
        int seqNo;
        ChargingStateEnumType chargingState = ChargingStateEnumType.Charging;

        Tx(String id, int evseId) {
            this.id = id;
            this.evseId = evseId;
        }
    }

    /** A remote start the transaction answers (F01: its remoteStartId; trigger RemoteStart). */
    record RemoteStart(int remoteStartId, String idToken) {
    }

    private final Map<Integer, Tx> transactions = new ConcurrentHashMap<>();

    /** The id the station gave one of its model's transactions, once it began. */
    Optional<String> idOf(int localId) {
        return Optional.ofNullable(transactions.get(localId)).map(tx -> tx.id);
    }

    /** The model's number of the transaction the station calls {@code transactionId}. */
    Optional<Integer> localIdOf(String transactionId) {
        return transactions.entrySet().stream().filter(e -> e.getValue().id.equals(transactionId))
                .map(Map.Entry::getKey).findFirst();
    }

    /**
     * E01/E02: the car is plugged in and the driver's card was presented (trigger Authorized), or the CSMS
     * started it (trigger RemoteStart, F01); the meter's register at Transaction.Begin.
     */
    TransactionEventRequest started(Transaction transaction, RemoteStart remote, boolean offline) {
        Tx tx = new Tx(UUID.randomUUID().toString(), transaction.connectorId());
        transactions.put(transaction.localId(), tx);
        return event(TransactionEventEnumType.Started, transaction.startedAt(),
                remote != null ? TriggerReasonEnumType.RemoteStart : TriggerReasonEnumType.Authorized, tx,
                new TransactionType(tx.id, tx.chargingState, null, null, remote == null ? null : remote.remoteStartId(),
                        null),
                List.of(meterValue(transaction.startedAt(), transaction.meterStartWh(), null, null,
                        ReadingContextEnumType.Transaction_Begin)), idToken(transaction.idTag()),
                transaction.reservationId(), offline);
    }

    /** E02: the car started or paused drawing power; empty when the charging state did not change. */
    Optional<TransactionEventRequest> stateChanged(Transaction transaction, ConnectorState state, Instant at,
                                                   boolean offline) {
        Tx tx = transactions.get(transaction.localId());
        ChargingStateEnumType charging = chargingState(state);
        if (tx == null || charging == null || charging == tx.chargingState) {
            return Optional.empty();
        }
        tx.chargingState = charging;
        return Optional.of(event(TransactionEventEnumType.Updated, at, TriggerReasonEnumType.ChargingStateChanged,
                tx, new TransactionType(tx.id, charging, null, null, null, null), null, null, null, offline));
    }

    /** J02 via E02: the periodic sample of the energy register, the power and the car's state of charge. */
    TransactionEventRequest sampled(Transaction transaction, Instant at, long registerWh, double powerW, double soc,
                                    boolean offline) {
        Tx tx = transactions.get(transaction.localId());
        return event(TransactionEventEnumType.Updated, at, TriggerReasonEnumType.MeterValuePeriodic, tx,
                TransactionType.of(tx.id), List.of(meterValue(at, registerWh, powerW, soc,
                        ReadingContextEnumType.Sample_Periodic)), null, null, offline);
    }

    /** E06/E07: why it ended, and the register at Transaction.End. */
    TransactionEventRequest ended(Transaction transaction, long meterStopWh, Instant at, StopReason reason,
                                  boolean offline) {
        Tx tx = transactions.get(transaction.localId());
        ChargingStateEnumType after = reason == StopReason.EV_DISCONNECTED ? ChargingStateEnumType.Idle
                : ChargingStateEnumType.EVConnected;
        return event(TransactionEventEnumType.Ended, at, triggerOf(reason), tx,
                new TransactionType(tx.id, after, null, stoppedReasonOf(reason), null, null),
                List.of(meterValue(at, meterStopWh, null, null, ReadingContextEnumType.Transaction_End)), null, null,
                offline);
    }

    private static TransactionEventRequest event(TransactionEventEnumType type, Instant at,
                                                 TriggerReasonEnumType trigger, Tx tx, TransactionType info,
                                                 List<MeterValueType> meterValues, IdTokenType token,
                                                 Integer reservationId, boolean offline) {
        return new TransactionEventRequest(type, meterValues, at, trigger, tx.seqNo++, offline ? true : null,
                null, null, reservationId, info,
                type == TransactionEventEnumType.Started ? new EVSEType(tx.evseId, 1, null) : null, token, null);
    }

    static IdTokenType idToken(String idTag) {
        return IdTokenType.of(idTag, IdTokenEnumType.ISO14443); // a driver's RFID card
    }

    /** The transaction's charging state for a connector state, null for those outside a transaction. */
    static ChargingStateEnumType chargingState(ConnectorState state) {
        return switch (state) {
            case CHARGING -> ChargingStateEnumType.Charging;
            case SUSPENDED_EV -> ChargingStateEnumType.SuspendedEV;
            case SUSPENDED_EVSE -> ChargingStateEnumType.SuspendedEVSE;
            default -> null;
        };
    }

    /** The energy register, and the power and the car's state of charge where given (null: left out). */
    static MeterValueType meterValue(Instant at, long registerWh, Double powerW, Double soc,
                                     ReadingContextEnumType context) {
        List<SampledValueType> values = new ArrayList<>();
        values.add(sample(BigDecimal.valueOf(registerWh), context, MeasurandEnumType.Energy_Active_Import_Register,
                LocationEnumType.Outlet, "Wh"));
        if (powerW != null) {
            values.add(sample(BigDecimal.valueOf(Math.round(powerW)), context, MeasurandEnumType.Power_Active_Import,
                    LocationEnumType.Outlet, "W"));
        }
        if (soc != null && soc > 0) {
            values.add(sample(BigDecimal.valueOf(Math.round(soc * 100)), context, MeasurandEnumType.SoC,
                    LocationEnumType.EV, "Percent"));
        }
        return MeterValueType.of(values, at);
    }

    private static SampledValueType sample(BigDecimal value, ReadingContextEnumType context,
                                           MeasurandEnumType measurand, LocationEnumType location, String unit) {
        return new SampledValueType(value, context, measurand, null, location, null,
                new UnitOfMeasureType(unit, null, null), null);
    }

    static ReasonEnumType stoppedReasonOf(StopReason reason) {
        return switch (reason) {
            case EV_DISCONNECTED -> ReasonEnumType.EVDisconnected;
            case LOCAL -> ReasonEnumType.Local;
            case REMOTE -> ReasonEnumType.Remote;
            case DEAUTHORIZED -> ReasonEnumType.DeAuthorized;
            case SOFT_RESET -> ReasonEnumType.Reboot;
            case HARD_RESET -> ReasonEnumType.ImmediateReset;
            case UNLOCK_COMMAND, OTHER -> ReasonEnumType.Other;
            case POWER_LOSS -> ReasonEnumType.PowerLoss;
        };
    }

    static TriggerReasonEnumType triggerOf(StopReason reason) {
        return switch (reason) {
            case EV_DISCONNECTED -> TriggerReasonEnumType.EVCommunicationLost;
            case LOCAL -> TriggerReasonEnumType.StopAuthorized;
            case REMOTE -> TriggerReasonEnumType.RemoteStop;
            case DEAUTHORIZED -> TriggerReasonEnumType.Deauthorized;
            case SOFT_RESET, HARD_RESET -> TriggerReasonEnumType.ResetCommand;
            case UNLOCK_COMMAND -> TriggerReasonEnumType.UnlockCommand;
            case POWER_LOSS, OTHER -> TriggerReasonEnumType.AbnormalCondition;
        };
    }
}
