package io.gridcharge.app.console;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.client.OcppStationClient;
import io.gridcharge.ocpp.rpc.CallHandler;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.ChargePointErrorCode;
import io.gridcharge.ocpp.v16.core.ChargePointStatus;
import io.gridcharge.ocpp.v16.core.Measurand;
import io.gridcharge.ocpp.v16.core.MeterValue;
import io.gridcharge.ocpp.v16.core.MeterValuesRequest;
import io.gridcharge.ocpp.v16.core.Reason;
import io.gridcharge.ocpp.v16.core.RegistrationStatus;
import io.gridcharge.ocpp.v16.core.RemoteStartStopStatus;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionRequest;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionResponse;
import io.gridcharge.ocpp.v16.core.RemoteStopTransactionRequest;
import io.gridcharge.ocpp.v16.core.RemoteStopTransactionResponse;
import io.gridcharge.ocpp.v16.core.SampledValue;
import io.gridcharge.ocpp.v16.core.StartTransactionRequest;
import io.gridcharge.ocpp.v16.core.StatusNotificationRequest;
import io.gridcharge.ocpp.v16.core.StopTransactionRequest;
import io.gridcharge.ocpp.v16.core.UnitOfMeasure;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A one-connector OCPP 1.6 charger over a real WebSocket, behaving as a driver's car and charger would: it boots,
 * reports its connector available, starts charging when asked remotely (Preparing, StartTransaction, Charging),
 * sends meter values every second while it charges (power, energy, current, voltage, SoC, temperature), and
 * stops when asked (StopTransaction, Finishing, Available). Its own work runs on its own thread, never on the
 * client's inbound one (OCPP allows one outstanding call per direction).
 */
final class SimulatedCharger implements CallHandler, AutoCloseable {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final ScheduledExecutorService work = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("simulated-charger").factory());
    private OcppStationClient client;
    private volatile Integer transactionId;
    private ScheduledFuture<?> metering;
    private int meterWh = 120_000;
    private int soc = 35;

    static SimulatedCharger connect(String ocppUrl, String stationId, String password) {
        SimulatedCharger charger = new SimulatedCharger();
        charger.client = OcppStationClient.connect(URI.create(ocppUrl), stationId, password, OcppVersion.V16, charger,
                CALL_TIMEOUT);
        if (charger.client.call(BootNotificationRequest.of("Acme", "W7")).status() != RegistrationStatus.Accepted) {
            throw new IllegalStateException("the platform did not accept the simulated charger's boot");
        }
        charger.status(ChargePointStatus.Available);
        return charger;
    }

    @Override
    public OcppResponse handle(String action, OcppRequest<?> request) {
        return switch (request) {
            case RemoteStartTransactionRequest start -> {
                boolean idle = transactionId == null;
                if (idle) {
                    work.execute(() -> startCharging(start.idTag()));
                }
                yield new RemoteStartTransactionResponse(idle ? RemoteStartStopStatus.Accepted : RemoteStartStopStatus.Rejected);
            }
            case RemoteStopTransactionRequest stop -> {
                boolean ours = stop.transactionId().equals(transactionId);
                if (ours) {
                    work.execute(this::stopCharging);
                }
                yield new RemoteStopTransactionResponse(ours ? RemoteStartStopStatus.Accepted : RemoteStartStopStatus.Rejected);
            }
            default -> throw new OcppCallException(ErrorCode.NOT_SUPPORTED, action + " is not simulated");
        };
    }

    private void startCharging(String idTag) {
        status(ChargePointStatus.Preparing);
        transactionId = client.call(new StartTransactionRequest(1, idTag, meterWh, null, Instant.now())).transactionId();
        status(ChargePointStatus.Charging);
        metering = work.scheduleAtFixedRate(this::meter, 0, 1, TimeUnit.SECONDS);
    }

    /** A 7.2 kW charge, sped up: each second adds 400 Wh and a point of state of charge. */
    private void meter() {
        meterWh += 400;
        soc = Math.min(100, soc + 1);
        client.call(new MeterValuesRequest(1, transactionId, List.of(new MeterValue(Instant.now(), List.of(
                sample(String.valueOf(meterWh), Measurand.Energy_Active_Import_Register, UnitOfMeasure.Wh),
                sample("7.2", Measurand.Power_Active_Import, UnitOfMeasure.kW),
                sample("31.3", Measurand.Current_Import, UnitOfMeasure.A),
                sample("230", Measurand.Voltage, UnitOfMeasure.V),
                sample(String.valueOf(soc), Measurand.SoC, UnitOfMeasure.Percent),
                sample("31", Measurand.Temperature, UnitOfMeasure.Celsius))))));
    }

    private void stopCharging() {
        metering.cancel(false);
        client.call(new StopTransactionRequest(null, meterWh, Instant.now(), transactionId, Reason.Remote, null));
        transactionId = null;
        status(ChargePointStatus.Finishing);
        status(ChargePointStatus.Available);
    }

    private void status(ChargePointStatus status) {
        client.call(new StatusNotificationRequest(1, ChargePointErrorCode.NoError, null, status, Instant.now(), null, null));
    }

    private static SampledValue sample(String value, Measurand measurand, UnitOfMeasure unit) {
        return new SampledValue(value, null, null, measurand, null, null, unit);
    }

    @Override
    public void close() {
        work.shutdownNow();
        if (client != null) {
            client.close();
        }
    }
}
