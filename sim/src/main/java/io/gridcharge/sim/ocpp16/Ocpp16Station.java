package io.gridcharge.sim.ocpp16;

import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.client.OcppStationClient;
import io.gridcharge.ocpp.rpc.CallHandler;
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
import io.gridcharge.sim.station.CentralSystemLink;
import io.gridcharge.sim.station.SimulatedStation;
import io.gridcharge.sim.station.StationLog;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated charger on the wire, OCPP 1.6J: it turns its model's events into calls, answers the central
 * system's calls through {@link Ocpp16Commands}, and lives through its link's delays and outages on a
 * {@link CentralSystemLink} (the outbox, connection and reconnects every version shares).
 */
public final class Ocpp16Station implements StationEvents, SimulatedStation {
    private static final Logger log = LoggerFactory.getLogger(Ocpp16Station.class);
    static final String VENDOR = "GridCharge";
    static final String MODEL = "SimCharger";

    private final ChargerModel model;
    private final StationSchedule schedule;
    private final Map<Integer, Integer> transactionIds = new ConcurrentHashMap<>();
    private final SimulationClock clock;
    private final StationLog stationLog;
    private final Ocpp16Commands commands;
    private final CentralSystemLink link;
    private final AtomicLong transactionsAnswered = new AtomicLong();
    private final AtomicLong meterValuesSent = new AtomicLong();

    public Ocpp16Station(ChargerModel model, URI csms, String password, LinkProfile link, long seed,
                         SimulationClock clock, StationLog stationLog) {
        this.model = model;
        this.schedule = new StationSchedule(transactionIds);
        this.clock = clock;
        this.stationLog = stationLog;
        this.commands = new Ocpp16Commands(model, schedule, transactionIds, clock, this);
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
        return OcppVersion.V16;
    }

    @Override
    public CentralSystemLink link() {
        return link;
    }

    Ocpp16Commands commands() {
        return commands;
    }

    public StationSchedule schedule() {
        return schedule;
    }

    /** The central system's id of one of the charger's transactions, once it answered the StartTransaction. */
    public Optional<Integer> transactionId(int localId) {
        return Optional.ofNullable(transactionIds.get(localId));
    }

    /** Transactions the central system gave an id. */
    @Override
    public long transactionsStarted() {
        return transactionsAnswered.get();
    }

    @Override
    public long meterValuesSent() {
        return meterValuesSent.get();
    }

    void requestReboot() {
        link.requestReboot();
    }

    void setHeartbeatInterval(int seconds) {
        link.setHeartbeatInterval(seconds);
    }

    int heartbeatInterval() {
        return link.heartbeatInterval();
    }

    // Model events, in simulated time, become calls in the outbox

    @Override
    public void statusChanged(int connectorId, ConnectorState state, Instant at) {
        enqueue(c -> c.call(status(connectorId, state, at)));
    }

    @Override
    public void transactionStarted(Transaction transaction) {
        boolean online = link.online();
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

    void enqueue(CentralSystemLink.Call call) {
        link.enqueue(call);
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

    /** What OCPP 1.6 says on the shared link. */
    private final class OnTheLink implements CentralSystemLink.Protocol {
        @Override
        public OcppVersion version() {
            return OcppVersion.V16;
        }

        @Override
        public CallHandler commands() {
            return commands;
        }

        @Override
        public CentralSystemLink.Registration boot(OcppStationClient client) {
            BootNotificationResponse boot = client.call(new BootNotificationRequest(VENDOR, MODEL,
                    stationId().length() <= 25 ? stationId() : null, null, "sim-1.0", null, null, "SimMeter", null));
            return new CentralSystemLink.Registration(boot.status() == RegistrationStatus.Accepted, boot.interval());
        }

        /** After a boot each connector's status is reported (OCPP 1.6 §4.9), connector 0 for the station itself. */
        @Override
        public void reportStatuses(OcppStationClient opened) {
            Instant now = clock.now();
            opened.call(status(0, ConnectorState.AVAILABLE, now));
            for (int id = 1; id <= model.spec().connectors(); id++) {
                opened.call(status(id, model.state(id), now));
            }
        }

        @Override
        public CentralSystemLink.Call heartbeat() {
            return c -> c.call(new HeartbeatRequest());
        }
    }
}
