package io.gridcharge.sim.ocpp201;

import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.client.OcppStationClient;
import io.gridcharge.ocpp.rpc.CallHandler;
import io.gridcharge.ocpp.v201.authorization.AuthorizeRequest;
import io.gridcharge.ocpp.v201.availability.ConnectorStatusEnumType;
import io.gridcharge.ocpp.v201.availability.HeartbeatRequest;
import io.gridcharge.ocpp.v201.availability.StatusNotificationRequest;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationRequest;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationResponse;
import io.gridcharge.ocpp.v201.provisioning.BootReasonEnumType;
import io.gridcharge.ocpp.v201.provisioning.ChargingStationType;
import io.gridcharge.ocpp.v201.provisioning.RegistrationStatusEnumType;
import io.gridcharge.ocpp.v201.transactions.ChargingStateEnumType;
import io.gridcharge.ocpp.v201.transactions.ReasonEnumType;
import io.gridcharge.ocpp.v201.transactions.TransactionEventEnumType;
import io.gridcharge.ocpp.v201.transactions.TransactionEventRequest;
import io.gridcharge.ocpp.v201.transactions.TransactionEventResponse;
import io.gridcharge.ocpp.v201.transactions.TransactionType;
import io.gridcharge.ocpp.v201.transactions.TriggerReasonEnumType;
import io.gridcharge.ocpp.v201.types.AuthorizationStatusEnumType;
import io.gridcharge.ocpp.v201.types.EVSEType;
import io.gridcharge.ocpp.v201.types.IdTokenEnumType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import io.gridcharge.ocpp.v201.types.LocationEnumType;
import io.gridcharge.ocpp.v201.types.MeasurandEnumType;
import io.gridcharge.ocpp.v201.types.MeterValueType;
import io.gridcharge.ocpp.v201.types.ReadingContextEnumType;
import io.gridcharge.ocpp.v201.types.SampledValueType;
import io.gridcharge.ocpp.v201.types.UnitOfMeasureType;
import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.ConnectorState;
import io.gridcharge.sim.charger.StationEvents;
import io.gridcharge.sim.charger.StopReason;
import io.gridcharge.sim.charger.Transaction;
import io.gridcharge.sim.link.LinkProfile;
import io.gridcharge.sim.ocpp16.StationSchedule;
import io.gridcharge.sim.run.SimulationClock;
import io.gridcharge.sim.station.CentralSystemLink;
import io.gridcharge.sim.station.SimulatedStation;
import io.gridcharge.sim.station.StationLog;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated charger on the wire, OCPP 2.0.1: the same model as the 1.6 station, its events told as
 * TransactionEvents and StatusNotifications per EVSE, the central system's calls answered by
 * {@link Ocpp201Commands}, on the same {@link CentralSystemLink} (outbox, outages, reconnects).
 *
 * <p>Each of the model's connectors is an EVSE with one connector (evseId = the model's connector number,
 * connectorId 1). The station names its transactions itself (E01.FR.01: a unique id per station, here a
 * UUID) and numbers each transaction's events from 0 (E01.FR.14 seqNo); an event that happens while the link
 * is down carries offline = true and is sent, in order, once the station is back (E04).
 */
public final class Ocpp201Station implements StationEvents, SimulatedStation {
    static final String VENDOR = "GridCharge";
    static final String MODEL = "SimCharger";
    static final String FIRMWARE = "sim-1.0";

    /** What the station keeps of one of its transactions. */
    private static final class Tx {
        final String id;
        final int evseId;
        int seqNo;
        ChargingStateEnumType chargingState;

        Tx(String id, int evseId) {
            this.id = id;
            this.evseId = evseId;
        }

        int nextSeqNo() {
            return seqNo++;
        }
    }

    /** A RequestStartTransaction accepted on an EVSE, waiting for its car. */
    record RemoteStart(int remoteStartId, String idToken) {
    }

    private final ChargerModel model;
    private final StationSchedule schedule = new StationSchedule();
    private final SimulationClock clock;
    private final StationLog stationLog;
    private final CentralSystemLink link;
    private final Ocpp201Commands commands;
    private final Map<Integer, Tx> transactions = new ConcurrentHashMap<>();
    private final Map<Integer, RemoteStart> remoteStarts = new ConcurrentHashMap<>();
    private final Map<Integer, ConnectorStatusEnumType> reported = new ConcurrentHashMap<>();
    private final AtomicLong transactionsAnswered = new AtomicLong();
    private final AtomicLong meterValuesSent = new AtomicLong();
    private volatile BootReasonEnumType bootReason = BootReasonEnumType.PowerUp;
    private volatile boolean resetWhenIdle;

    public Ocpp201Station(ChargerModel model, URI csms, String password, LinkProfile link, long seed,
                          SimulationClock clock, StationLog stationLog) {
        this.model = model;
        this.clock = clock;
        this.stationLog = stationLog;
        this.commands = new Ocpp201Commands(model, schedule, clock, this);
        this.link = new CentralSystemLink(model.spec().stationId(), csms, password, link, seed, stationLog,
                new OnTheLink());
        model.attach(this, schedule);
    }

    @Override
    public String stationId() {
        return model.spec().stationId();
    }

    @Override
    public OcppVersion version() {
        return OcppVersion.V201;
    }

    Ocpp201Commands commands() {
        return commands;
    }

    public StationSchedule schedule() {
        return schedule;
    }

    /** The id this station gave one of its model's transactions (E01.FR.01), once it began. */
    public Optional<String> transactionId(int localId) {
        return Optional.ofNullable(transactions.get(localId)).map(tx -> tx.id);
    }

    /** The model's number of the running transaction this station calls {@code transactionId}. */
    Optional<Integer> localId(String transactionId) {
        return transactions.entrySet().stream().filter(e -> e.getValue().id.equals(transactionId))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public long outages() {
        return link.outages();
    }

    /** Transactions whose Started event the central system answered. */
    @Override
    public long transactionsStarted() {
        return transactionsAnswered.get();
    }

    @Override
    public long meterValuesSent() {
        return meterValuesSent.get();
    }

    @Override
    public long callsSent() {
        return link.callsSent();
    }

    @Override
    public void start(Duration timeout) {
        link.start(timeout);
    }

    @Override
    public void setLinkUp(boolean up) {
        link.setLinkUp(up);
    }

    @Override
    public long queued() {
        return link.queued();
    }

    @Override
    public boolean drain(Duration timeout) {
        return link.drain(timeout);
    }

    @Override
    public void close() {
        link.close();
    }

    void enqueue(CentralSystemLink.Call call) {
        link.enqueue(call);
    }

    void setHeartbeatInterval(int seconds) {
        link.setHeartbeatInterval(seconds);
    }

    int heartbeatInterval() {
        return link.heartbeatInterval();
    }

    /** B11/B12 Reset Immediate: reboot now (the model ends its transactions on its next step). */
    void rebootNow() {
        bootReason = BootReasonEnumType.RemoteReset;
        link.requestReboot();
    }

    /** B12.FR.01 Reset OnIdle with transactions running: reboot once the last has ended. */
    void rebootWhenIdle() {
        resetWhenIdle = true;
    }

    void remoteStartAccepted(int evseId, RemoteStart start) {
        remoteStarts.put(evseId, start);
    }

    // Model events, in simulated time, become calls in the outbox

    @Override
    public void statusChanged(int connectorId, ConnectorState state, Instant at) {
        ConnectorStatusEnumType status = connectorStatus(state);
        if (reported.put(connectorId, status) != status) {
            enqueue(c -> c.call(status(connectorId, status, at)));
        }
        Tx tx = model.transactionOn(connectorId).map(t -> transactions.get(t.localId())).orElse(null);
        ChargingStateEnumType charging = chargingState(state);
        if (tx != null && charging != null && charging != tx.chargingState) {
            tx.chargingState = charging;
            TransactionEventRequest updated = event(TransactionEventEnumType.Updated, at,
                    TriggerReasonEnumType.ChargingStateChanged, tx, new TransactionType(tx.id, charging, null,
                            null, null, null), null, null, null);
            enqueue(c -> c.call(updated));
        }
    }

    @Override
    public void transactionStarted(Transaction transaction) {
        boolean online = link.online();
        int evseId = transaction.connectorId();
        Tx tx = new Tx(UUID.randomUUID().toString(), evseId);
        tx.chargingState = ChargingStateEnumType.Charging;
        transactions.put(transaction.localId(), tx);
        RemoteStart remote = remoteStarts.remove(evseId);
        boolean remotely = remote != null && remote.idToken().equals(transaction.idTag());
        IdTokenType token = idToken(transaction.idTag());
        TransactionEventRequest started = event(TransactionEventEnumType.Started, transaction.startedAt(),
                remotely ? TriggerReasonEnumType.RemoteStart : TriggerReasonEnumType.Authorized, tx,
                new TransactionType(tx.id, tx.chargingState, null, null, remotely ? remote.remoteStartId() : null,
                        null),
                List.of(meterValue(transaction.startedAt(), transaction.meterStartWh(), null, null,
                        ReadingContextEnumType.Transaction_Begin)), token, transaction.reservationId());
        enqueue(c -> {
            if (online && !remotely) { // offline a station authorizes locally; online it asks first (C01)
                c.call(AuthorizeRequest.of(token));
            }
            TransactionEventResponse answer = c.call(started);
            transactionsAnswered.incrementAndGet();
            var status = answer.idTokenInfo() == null ? AuthorizationStatusEnumType.Accepted
                    : answer.idTokenInfo().status();
            if (status != AuthorizationStatusEnumType.Accepted) {
                // E05: the token was not accepted; TxCtrlr.StopTxOnInvalidId is true on this station.
                model.stop(transaction.localId(), StopReason.DEAUTHORIZED);
                stationLog.line(stationId() + ": " + transaction.idTag() + " was " + status
                        + ", stopping transaction " + tx.id);
            } else {
                stationLog.line(stationId() + " EVSE " + evseId + ": car " + transaction.visit().vehicle().name()
                        + " charging, transaction " + tx.id);
            }
        });
    }

    @Override
    public void meterSample(Transaction transaction, Instant at, long registerWh, double powerW, double soc) {
        Tx tx = transactions.get(transaction.localId());
        TransactionEventRequest updated = event(TransactionEventEnumType.Updated, at,
                TriggerReasonEnumType.MeterValuePeriodic, tx, TransactionType.of(tx.id),
                List.of(meterValue(at, registerWh, powerW, soc, ReadingContextEnumType.Sample_Periodic)), null, null);
        enqueue(c -> {
            c.call(updated);
            meterValuesSent.incrementAndGet();
        });
    }

    @Override
    public void transactionStopped(Transaction transaction, long meterStopWh, Instant at, StopReason reason) {
        Tx tx = transactions.get(transaction.localId());
        ChargingStateEnumType after = reason == StopReason.EV_DISCONNECTED ? ChargingStateEnumType.Idle
                : ChargingStateEnumType.EVConnected;
        TransactionEventRequest ended = event(TransactionEventEnumType.Ended, at, triggerOf(reason), tx,
                new TransactionType(tx.id, after, null, stoppedReasonOf(reason), null, null),
                List.of(meterValue(at, meterStopWh, null, null, ReadingContextEnumType.Transaction_End)), null, null);
        enqueue(c -> {
            c.call(ended);
            schedule.transactionEnded(transaction.connectorId()); // a TxProfile lives as long as its transaction
            stationLog.line(stationId() + " EVSE " + tx.evseId + ": transaction " + tx.id + " ended ("
                    + stoppedReasonOf(reason) + "), " + (meterStopWh - transaction.meterStartWh()) + " Wh");
        });
        if (resetWhenIdle && noTransactionRunning()) {
            resetWhenIdle = false;
            enqueue(c -> rebootNow()); // after the Ended above is delivered
        }
    }

    private boolean noTransactionRunning() {
        for (int id = 1; id <= model.spec().connectors(); id++) {
            if (model.transactionOn(id).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private TransactionEventRequest event(TransactionEventEnumType type, Instant at, TriggerReasonEnumType trigger,
                                          Tx tx, TransactionType info, List<MeterValueType> meterValues,
                                          IdTokenType token, Integer reservationId) {
        boolean offline = !link.online();
        return new TransactionEventRequest(type, meterValues, at, trigger, tx.nextSeqNo(), offline ? true : null,
                null, null, reservationId, info, type == TransactionEventEnumType.Started
                ? new EVSEType(tx.evseId, 1, null) : null, token, null);
    }

    // The messages, as 2.0.1 spells them

    static IdTokenType idToken(String idTag) {
        return IdTokenType.of(idTag, IdTokenEnumType.ISO14443); // a driver's RFID card
    }

    static StatusNotificationRequest status(int evseId, ConnectorStatusEnumType status, Instant at) {
        return StatusNotificationRequest.of(at, status, evseId, 1);
    }

    static ConnectorStatusEnumType connectorStatus(ConnectorState state) {
        return switch (state) {
            case AVAILABLE -> ConnectorStatusEnumType.Available;
            case PREPARING, CHARGING, SUSPENDED_EV, SUSPENDED_EVSE, FINISHING -> ConnectorStatusEnumType.Occupied;
            case RESERVED -> ConnectorStatusEnumType.Reserved;
            case UNAVAILABLE -> ConnectorStatusEnumType.Unavailable;
            case FAULTED -> ConnectorStatusEnumType.Faulted;
        };
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

    /** The energy register, and the power and the car's state of charge where known (null: left out). */
    static MeterValueType meterValue(Instant at, long registerWh, Double powerW, Double soc,
                                     ReadingContextEnumType context) {
        List<SampledValueType> values = new ArrayList<>();
        values.add(new SampledValueType(BigDecimal.valueOf(registerWh), context,
                MeasurandEnumType.Energy_Active_Import_Register, null, LocationEnumType.Outlet, null,
                new UnitOfMeasureType("Wh", null, null), null));
        if (powerW != null) {
            values.add(new SampledValueType(BigDecimal.valueOf(Math.round(powerW)), context,
                    MeasurandEnumType.Power_Active_Import, null, LocationEnumType.Outlet, null,
                    new UnitOfMeasureType("W", null, null), null));
        }
        if (soc != null && soc > 0) {
            values.add(new SampledValueType(BigDecimal.valueOf(Math.round(soc * 100)), context,
                    MeasurandEnumType.SoC, null, LocationEnumType.EV, null,
                    new UnitOfMeasureType("Percent", null, null), null));
        }
        return MeterValueType.of(values, at);
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

    BootNotificationRequest bootNotification(BootReasonEnumType reason) {
        return BootNotificationRequest.of(new ChargingStationType(
                stationId().length() <= 25 ? stationId() : null, MODEL, null, VENDOR, FIRMWARE, null), reason);
    }

    /** G01/G03: the status of each EVSE's connector, remembered so that a repeat is not sent again. */
    void reportStatus(int evseId, Instant at) {
        ConnectorStatusEnumType status = connectorStatus(model.state(evseId));
        reported.put(evseId, status);
        enqueue(c -> c.call(status(evseId, status, at)));
    }

    /** What OCPP 2.0.1 says on the shared link. */
    private final class OnTheLink implements CentralSystemLink.Protocol {
        @Override
        public OcppVersion version() {
            return OcppVersion.V201;
        }

        @Override
        public CallHandler commands() {
            return commands;
        }

        @Override
        public CentralSystemLink.Registration boot(OcppStationClient client) {
            BootNotificationResponse boot = client.call(bootNotification(bootReason));
            boolean accepted = boot.status() == RegistrationStatusEnumType.Accepted;
            if (accepted) {
                bootReason = BootReasonEnumType.PowerUp;
            }
            return new CentralSystemLink.Registration(accepted, boot.interval());
        }

        /** B01.FR.05 / G01: after an accepted boot, each connector's status. */
        @Override
        public void reportStatuses(OcppStationClient opened) {
            Instant now = clock.now();
            for (int id = 1; id <= model.spec().connectors(); id++) {
                ConnectorStatusEnumType status = connectorStatus(model.state(id));
                reported.put(id, status);
                opened.call(status(id, status, now));
            }
        }

        @Override
        public CentralSystemLink.Call heartbeat() {
            return c -> c.call(new HeartbeatRequest(null));
        }
    }
}
