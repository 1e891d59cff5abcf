package io.gridcharge.sim.ocpp16;

import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.client.OcppConnectException;
import io.gridcharge.ocpp.client.OcppStationClient;
import io.gridcharge.ocpp.rpc.CallErrorException;
import io.gridcharge.ocpp.rpc.RpcException;
import io.gridcharge.ocpp.v16.core.AuthorizeRequest;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.BootNotificationResponse;
import io.gridcharge.ocpp.v16.core.ChargePointErrorCode;
import io.gridcharge.ocpp.v16.core.ChargePointStatus;
import io.gridcharge.ocpp.v16.core.HeartbeatRequest;
import io.gridcharge.ocpp.v16.core.Location;
import io.gridcharge.ocpp.v16.core.Measurand;
import io.gridcharge.ocpp.v16.core.MeterValue;
import io.gridcharge.ocpp.v16.core.MeterValuesRequest;
import io.gridcharge.ocpp.v16.core.ReadingContext;
import io.gridcharge.ocpp.v16.core.Reason;
import io.gridcharge.ocpp.v16.core.RegistrationStatus;
import io.gridcharge.ocpp.v16.core.SampledValue;
import io.gridcharge.ocpp.v16.core.StartTransactionRequest;
import io.gridcharge.ocpp.v16.core.StartTransactionResponse;
import io.gridcharge.ocpp.v16.core.StatusNotificationRequest;
import io.gridcharge.ocpp.v16.core.StopTransactionRequest;
import io.gridcharge.ocpp.v16.core.UnitOfMeasure;
import io.gridcharge.ocpp.v16.types.AuthorizationStatus;
import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.charger.ConnectorState;
import io.gridcharge.sim.charger.StationEvents;
import io.gridcharge.sim.charger.StopReason;
import io.gridcharge.sim.charger.Transaction;
import io.gridcharge.sim.link.LinkProfile;
import io.gridcharge.sim.run.SimulationClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated charger on the wire, OCPP 1.6J: it turns its model's events into calls, answers the central
 * system's calls through {@link Ocpp16Commands}, and lives through its link's delays and outages.
 *
 * <p>Calls go out one at a time, in order, from an outbox on a virtual thread of their own (OCPP-J 1.6 §4.1.1:
 * one outstanding call). While the link is down or the central system unreachable the outbox keeps its calls
 * and sends them after the next BootNotification (OCPP 1.6 §4.7: transaction messages are queued and delivered
 * in order); a call whose connection dropped before its answer is sent again.
 */
public final class Ocpp16Station implements StationEvents, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Ocpp16Station.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(2);
    static final String VENDOR = "GridCharge";
    static final String MODEL = "SimCharger";

    @FunctionalInterface
    interface Call {
        void send(OcppStationClient client);
    }

    private final ChargerModel model;
    private final StationSchedule schedule;
    private final Map<Integer, Integer> transactionIds = new ConcurrentHashMap<>();
    private final URI csms;
    private final String password;
    private final LinkProfile link;
    private final SplittableRandom linkRandom;
    private final SimulationClock clock;
    private final StationLog stationLog;
    private final LinkedBlockingDeque<Call> outbox = new LinkedBlockingDeque<>();
    private final Ocpp16Commands commands;
    private final AtomicLong callsSent = new AtomicLong();
    private final AtomicLong outages = new AtomicLong();
    private final AtomicLong transactionsAnswered = new AtomicLong();
    private final AtomicLong meterValuesSent = new AtomicLong();
    /** Calls queued or on the wire: the outbox alone does not count the one awaiting its answer. */
    private final AtomicLong unanswered = new AtomicLong();
    private volatile boolean linkUp = true;
    private volatile boolean closing;
    private volatile boolean rebootRequested;
    private volatile OcppStationClient client;
    private volatile int heartbeatSeconds = 60;
    private Thread sender;
    private Thread heartbeat;

    /** Where a station says what happened to it, for a person watching (the demo's console). */
    @FunctionalInterface
    public interface StationLog {
        StationLog SILENT = line -> {
        };

        void line(String text);
    }

    public Ocpp16Station(ChargerModel model, URI csms, String password, LinkProfile link, long seed,
                         SimulationClock clock, StationLog stationLog) {
        this.model = model;
        this.schedule = new StationSchedule(transactionIds);
        this.csms = csms;
        this.password = password;
        this.link = link;
        this.linkRandom = new SplittableRandom(seed);
        this.clock = clock;
        this.stationLog = stationLog;
        this.commands = new Ocpp16Commands(model, schedule, transactionIds, clock, this);
        model.attach(this, schedule);
    }

    public String stationId() {
        return model.spec().stationId();
    }

    Ocpp16Commands commands() {
        return commands;
    }

    public StationSchedule schedule() {
        return schedule;
    }

    /** The central system's id of one of the charger's transactions, once it answered the StartTransaction. */
    public java.util.Optional<Integer> transactionId(int localId) {
        return java.util.Optional.ofNullable(transactionIds.get(localId));
    }

    /** How many times its link went down. */
    public long outages() {
        return outages.get();
    }

    /** Transactions the central system gave an id. */
    public long transactionsStarted() {
        return transactionsAnswered.get();
    }

    public long meterValuesSent() {
        return meterValuesSent.get();
    }

    public long callsSent() {
        return callsSent.get();
    }

    /** Connects and boots (waiting for that, at most {@code timeout}), then sends from the outbox until closed. */
    public void start(Duration timeout) {
        sender = Thread.ofVirtual().name("sim-" + stationId()).start(this::sendLoop);
        heartbeat = Thread.ofVirtual().name("sim-heartbeat-" + stationId()).start(this::heartbeatLoop);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (client == null && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            sleep(Duration.ofMillis(20));
        }
        if (client == null) {
            throw new IllegalStateException("Station " + stationId() + " could not connect and boot at " + csms
                    + " within " + timeout.toSeconds() + " s");
        }
    }

    /** The link goes down (an outage) or comes back: down, the connection drops and calls wait in the outbox. */
    public void setLinkUp(boolean up) {
        linkUp = up;
        OcppStationClient current = client;
        if (!up) {
            outages.incrementAndGet();
        }
        if (!up && current != null) {
            client = null;
            Thread.ofVirtual().start(current::close);
            stationLog.line(stationId() + ": link down (outage), queueing its messages");
        } else if (up) {
            stationLog.line(stationId() + ": link up again, replaying " + outbox.size() + " queued messages");
        }
    }

    /** The calls not answered yet. */
    public long queued() {
        return unanswered.get();
    }

    void requestReboot() {
        rebootRequested = true; // the sender sees it within its next poll
    }

    void setHeartbeatInterval(int seconds) {
        heartbeatSeconds = seconds;
    }

    int heartbeatInterval() {
        return heartbeatSeconds;
    }

    // Model events, in simulated time, become calls in the outbox

    @Override
    public void statusChanged(int connectorId, ConnectorState state, Instant at) {
        enqueue(c -> c.call(status(connectorId, state, at)));
    }

    @Override
    public void transactionStarted(Transaction transaction) {
        boolean online = linkUp;
        enqueue(c -> {
            if (online) { // offline a charger authorizes from its cache; online it asks first (OCPP 1.6 §4.1)
                c.call(new AuthorizeRequest(transaction.idTag()));
            }
            StartTransactionResponse started = c.call(new StartTransactionRequest(transaction.connectorId(),
                    transaction.idTag(), (int) transaction.meterStartWh(), transaction.reservationId(),
                    transaction.startedAt()));
            transactionIds.put(transaction.localId(), started.transactionId());
            transactionsAnswered.incrementAndGet();
            if (started.idTagInfo().status() != AuthorizationStatus.Accepted) {
                // StopTransactionOnInvalidId (OCPP 1.6 §9.1.30), true on this charger.
                model.stop(transaction.localId(), StopReason.DEAUTHORIZED);
                stationLog.line(stationId() + ": " + transaction.idTag() + " was " + started.idTagInfo().status()
                        + ", stopping transaction " + started.transactionId());
            } else {
                stationLog.line(stationId() + " connector " + transaction.connectorId() + ": car "
                        + transaction.visit().vehicle().name() + " charging, transaction " + started.transactionId());
            }
        });
    }

    @Override
    public void meterSample(Transaction transaction, Instant at, long registerWh, double powerW, double soc) {
        enqueue(c -> {
            Integer id = transactionIds.get(transaction.localId());
            c.call(new MeterValuesRequest(transaction.connectorId(), id, List.of(
                    meterValue(at, registerWh, powerW, soc, ReadingContext.Sample_Periodic))));
            meterValuesSent.incrementAndGet();
        });
    }

    @Override
    public void transactionStopped(Transaction transaction, long meterStopWh, Instant at, StopReason reason) {
        enqueue(c -> {
            Integer id = transactionIds.get(transaction.localId());
            if (id == null) {
                log.warn("[{}] transaction {} never got an id from the central system; its stop is not sent",
                        stationId(), transaction.localId());
                return;
            }
            c.call(new StopTransactionRequest(transaction.idTag(), (int) meterStopWh, at, id, reasonOf(reason), null));
            schedule.transactionEnded(transaction.connectorId());
            stationLog.line(stationId() + " connector " + transaction.connectorId() + ": transaction " + id
                    + " stopped (" + reasonOf(reason) + "), " + (meterStopWh - transaction.meterStartWh()) + " Wh");
        });
    }

    void enqueue(Call call) {
        unanswered.incrementAndGet();
        outbox.add(call);
    }

    static StatusNotificationRequest status(int connectorId, ConnectorState state, Instant at) {
        ChargePointStatus status = switch (state) {
            case AVAILABLE -> ChargePointStatus.Available;
            case PREPARING -> ChargePointStatus.Preparing;
            case CHARGING -> ChargePointStatus.Charging;
            case SUSPENDED_EV -> ChargePointStatus.SuspendedEV;
            case SUSPENDED_EVSE -> ChargePointStatus.SuspendedEVSE;
            case FINISHING -> ChargePointStatus.Finishing;
            case RESERVED -> ChargePointStatus.Reserved;
            case UNAVAILABLE -> ChargePointStatus.Unavailable;
            case FAULTED -> ChargePointStatus.Faulted;
        };
        ChargePointErrorCode error = state == ConnectorState.FAULTED ? ChargePointErrorCode.OtherError
                : ChargePointErrorCode.NoError;
        return new StatusNotificationRequest(connectorId, error, null, status, at, null, null);
    }

    static MeterValue meterValue(Instant at, long registerWh, double powerW, double soc, ReadingContext context) {
        List<SampledValue> values = new ArrayList<>();
        values.add(new SampledValue(Long.toString(registerWh), context, null, Measurand.Energy_Active_Import_Register,
                null, Location.Outlet, UnitOfMeasure.Wh));
        values.add(new SampledValue(Long.toString(Math.round(powerW)), context, null, Measurand.Power_Active_Import,
                null, Location.Outlet, UnitOfMeasure.W));
        if (soc > 0) {
            values.add(new SampledValue(Long.toString(Math.round(soc * 100)), context, null, Measurand.SoC, null,
                    Location.EV, UnitOfMeasure.Percent));
        }
        return new MeterValue(at, values);
    }

    private static Reason reasonOf(StopReason reason) {
        return switch (reason) {
            case EV_DISCONNECTED -> Reason.EVDisconnected;
            case LOCAL -> Reason.Local;
            case REMOTE -> Reason.Remote;
            case DEAUTHORIZED -> Reason.DeAuthorized;
            case SOFT_RESET -> Reason.SoftReset;
            case HARD_RESET -> Reason.HardReset;
            case UNLOCK_COMMAND -> Reason.UnlockCommand;
            case POWER_LOSS -> Reason.PowerLoss;
            case OTHER -> Reason.Other;
        };
    }

    // The sender

    private void sendLoop() {
        try {
            while (true) {
                OcppStationClient connected = connected();
                if (connected == null) {
                    return;
                }
                Call next = outbox.pollFirst(100, TimeUnit.MILLISECONDS);
                if (next == null) {
                    continue;
                }
                if (deliver(next)) {
                    unanswered.decrementAndGet();
                } else {
                    outbox.addFirst(next); // its connection dropped; sent again after the next boot
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** False when the connection dropped before the answer came (or the link went down meanwhile). */
    private boolean deliver(Call call) throws InterruptedException {
        OcppStationClient current = client;
        if (current == null) {
            return false;
        }
        Thread.sleep(link.delayMillis(linkRandom));
        try {
            call.send(current);
            callsSent.incrementAndGet();
            return true;
        } catch (CallErrorException refused) {
            log.warn("[{}] the central system answered {} with {}: {}", stationId(), refused.getMessage(),
                    refused.code(), refused.description());
            return true; // a CALLERROR is an answer: sending it again would get the same
        } catch (RpcException dropped) {
            if (client == current) {
                client = null;
                current.close();
            }
            return false;
        } catch (RuntimeException failed) {
            if (closing) {
                return false;
            }
            log.warn("[{}] a call failed and is not sent again: {}", stationId(), failed.toString());
            return true;
        }
    }

    /** The open, booted connection; connects and boots when there is none. Null once closing. */
    private OcppStationClient connected() throws InterruptedException {
        while (!closing) {
            if (rebootRequested) {
                rebootRequested = false;
                OcppStationClient old = client;
                client = null;
                if (old != null) {
                    old.close();
                }
                stationLog.line(stationId() + ": rebooting on the central system's Reset");
            }
            OcppStationClient current = client;
            if (current != null && current.isOpen()) {
                return current;
            }
            client = null;
            if (!linkUp) {
                Thread.sleep(50);
                continue;
            }
            OcppStationClient opened = connectAndBoot();
            if (opened != null) {
                client = opened;
                return opened;
            }
            Thread.sleep(RECONNECT_PAUSE);
        }
        return null;
    }

    private OcppStationClient connectAndBoot() throws InterruptedException {
        OcppStationClient opened;
        try {
            opened = OcppStationClient.connect(csms, stationId(), password, OcppVersion.V16, commands, CALL_TIMEOUT);
        } catch (OcppConnectException refused) {
            if (refused.httpStatus().orElse(0) == 503) {
                // A central system pacing a crowd of connecting stations: trying again shortly is what it asks.
                log.info("[{}] {}; trying again", stationId(), refused.getMessage());
            } else {
                log.warn("[{}] {}", stationId(), refused.getMessage());
            }
            return null;
        }
        try {
            while (!closing && linkUp) {
                BootNotificationResponse boot = opened.call(new BootNotificationRequest(VENDOR, MODEL,
                        stationId().length() <= 25 ? stationId() : null, null, "sim-1.0", null, null, "SimMeter", null));
                if (boot.interval() > 0) {
                    heartbeatSeconds = boot.interval();
                }
                if (boot.status() == RegistrationStatus.Accepted) {
                    reportAllConnectors(opened);
                    return opened;
                }
                // Pending or Rejected: ask again after the interval it gave (OCPP 1.6 §4.2), at most a few seconds.
                Thread.sleep(Duration.ofSeconds(Math.max(1, Math.min(boot.interval(), 5))));
            }
        } catch (RuntimeException dropped) {
            log.warn("[{}] boot failed: {}", stationId(), dropped.toString());
        }
        opened.close();
        return null;
    }

    /** After a boot each connector's status is reported (OCPP 1.6 §4.9), connector 0 for the station itself. */
    private void reportAllConnectors(OcppStationClient opened) {
        Instant now = clock.now();
        opened.call(status(0, ConnectorState.AVAILABLE, now));
        for (int id = 1; id <= model.spec().connectors(); id++) {
            opened.call(status(id, model.state(id), now));
        }
    }

    private void heartbeatLoop() {
        while (!closing) {
            sleep(Duration.ofSeconds(heartbeatSeconds));
            if (!closing && client != null && outbox.isEmpty()) {
                enqueue(c -> c.call(new HeartbeatRequest()));
            }
        }
    }

    /** Waits until every queued call is sent, at most {@code timeout}; true when the outbox emptied. */
    public boolean drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (unanswered.get() > 0 && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(50));
        }
        return unanswered.get() == 0;
    }

    @Override
    public void close() {
        closing = true;
        if (sender != null) {
            sender.interrupt();
            heartbeat.interrupt();
            try {
                sender.join(CALL_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        OcppStationClient current = client;
        client = null;
        if (current != null) {
            current.close();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
