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
import io.gridcharge.ocpp.v201.transactions.TransactionEventRequest;
import io.gridcharge.ocpp.v201.transactions.TransactionEventResponse;
import io.gridcharge.ocpp.v201.types.AuthorizationStatusEnumType;
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
import java.net.URI;
import java.time.Instant;
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
 * connectorId 1); {@link TransactionEvents} tells the transactions. An event that happens while the link is
 * down carries offline = true and is sent, in order, once the station is back (E04).
 */
public final class Ocpp201Station implements StationEvents, SimulatedStation {
    static final String VENDOR = "GridCharge";
    static final String MODEL = "SimCharger";
    static final String FIRMWARE = "sim-1.0";

    private final ChargerModel model;
    private final StationSchedule schedule = new StationSchedule();
    private final SimulationClock clock;
    private final StationLog stationLog;
    private final CentralSystemLink link;
    private final Ocpp201Commands commands;
    private final TransactionEvents transactions = new TransactionEvents();
    private final Map<Integer, TransactionEvents.RemoteStart> remoteStarts = new ConcurrentHashMap<>();
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

    @Override
    public CentralSystemLink link() {
        return link;
    }

    Ocpp201Commands commands() {
        return commands;
    }

    public StationSchedule schedule() {
        return schedule;
    }

    /** The id this station gave one of its model's transactions (E01), once it began. */
    public Optional<String> transactionId(int localId) {
        return transactions.idOf(localId);
    }

    /** The model's number of the transaction this station calls {@code transactionId}. */
    Optional<Integer> localId(String transactionId) {
        return transactions.localIdOf(transactionId);
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

    /** B12 Reset OnIdle with transactions running: reboot once the last has ended. */
    void rebootWhenIdle() {
        resetWhenIdle = true;
    }

    void remoteStartAccepted(int evseId, TransactionEvents.RemoteStart start) {
        remoteStarts.put(evseId, start);
    }

    // Model events, in simulated time, become calls in the outbox

    @Override
    public void statusChanged(int connectorId, ConnectorState state, Instant at) {
        ConnectorStatusEnumType status = connectorStatus(state);
        if (reported.put(connectorId, status) != status) {
            enqueue(c -> c.call(status(connectorId, status, at)));
        }
        model.transactionOn(connectorId)
                .flatMap(running -> transactions.stateChanged(running, state, at, !link.online()))
                .ifPresent(changed -> enqueue(c -> c.call(changed)));
    }

    @Override
    public void transactionStarted(Transaction transaction) {
        boolean online = link.online();
        TransactionEvents.RemoteStart remote = remoteStarts.remove(transaction.connectorId());
        if (remote != null && !remote.idToken().equals(transaction.idTag())) {
            remote = null;
        }
        boolean remotely = remote != null;
        TransactionEventRequest started = transactions.started(transaction, remote, !online);
        String id = started.transactionInfo().transactionId();
        enqueue(c -> {
            if (online && !remotely) { // offline a station authorizes locally; online it asks first (C01)
                c.call(AuthorizeRequest.of(started.idToken()));
            }
            TransactionEventResponse answer = c.call(started);
            transactionsAnswered.incrementAndGet();
            var status = answer.idTokenInfo() == null ? AuthorizationStatusEnumType.Accepted
                    : answer.idTokenInfo().status();
            if (status != AuthorizationStatusEnumType.Accepted) {
                // E05: the token was not accepted; TxCtrlr.StopTxOnInvalidId is true on this station.
                model.stop(transaction.localId(), StopReason.DEAUTHORIZED);
                stationLog.line(stationId() + ": " + transaction.idTag() + " was " + status
                        + ", stopping transaction " + id);
            } else {
                stationLog.line(stationId() + " EVSE " + transaction.connectorId() + ": car "
                        + transaction.visit().vehicle().name() + " charging, transaction " + id);
            }
        });
    }

    @Override
    public void meterSample(Transaction transaction, Instant at, long registerWh, double powerW, double soc) {
        TransactionEventRequest sampled = transactions.sampled(transaction, at, registerWh, powerW, soc,
                !link.online());
        enqueue(c -> {
            c.call(sampled);
            meterValuesSent.incrementAndGet();
        });
    }

    @Override
    public void transactionStopped(Transaction transaction, long meterStopWh, Instant at, StopReason reason) {
        TransactionEventRequest ended = transactions.ended(transaction, meterStopWh, at, reason, !link.online());
        enqueue(c -> {
            c.call(ended);
            schedule.transactionEnded(transaction.connectorId()); // a TxProfile lives as long as its transaction
            stationLog.line(stationId() + " EVSE " + transaction.connectorId() + ": transaction "
                    + ended.transactionInfo().transactionId() + " ended (" + ended.transactionInfo().stoppedReason()
                    + "), " + (meterStopWh - transaction.meterStartWh()) + " Wh");
        });
        if (resetWhenIdle && noTransactionRunning()) {
            resetWhenIdle = false;
            enqueue(c -> rebootNow()); // once the Ended above is delivered
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

    // The messages, as 2.0.1 spells them

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

        /** B01, G01: after an accepted boot, each connector's status. */
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
