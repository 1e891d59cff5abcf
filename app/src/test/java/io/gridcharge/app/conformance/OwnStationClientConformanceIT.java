package io.gridcharge.app.conformance;

import static io.gridcharge.app.conformance.ConformanceStations.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gridcharge.app.config.Setting;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.client.CloseStatus;
import io.gridcharge.ocpp.client.OcppStationClient;
import io.gridcharge.ocpp.rpc.CallErrorException;
import io.gridcharge.ocpp.rpc.CallHandler;
import io.gridcharge.ocpp.rpc.SessionClosedException;
import io.gridcharge.ocpp.v16.core.AuthorizeRequest;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.ChargePointErrorCode;
import io.gridcharge.ocpp.v16.core.ChargePointStatus;
import io.gridcharge.ocpp.v16.core.HeartbeatRequest;
import io.gridcharge.ocpp.v16.core.Location;
import io.gridcharge.ocpp.v16.core.Measurand;
import io.gridcharge.ocpp.v16.core.MeterValue;
import io.gridcharge.ocpp.v16.core.MeterValuesRequest;
import io.gridcharge.ocpp.v16.core.Phase;
import io.gridcharge.ocpp.v16.core.ReadingContext;
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
import io.gridcharge.ocpp.v16.types.AuthorizationStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform as an OCPP 1.6J central system, seen by the project's own station client, {@link OcppStationClient},
 * speaking typed records: the client the simulator drives stations with. Test names carry the OCA compliance
 * test case they replay; what they check is what a driver, an operator or the station would notice.
 */
class OwnStationClientConformanceIT {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase().with(Setting.HEARTBEAT_INTERVAL, "120");

    private final List<OcppStationClient> opened = new ArrayList<>();
    private final ApiClient api = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "OWN");

    @AfterEach
    void closeStations() {
        opened.forEach(OcppStationClient::close);
    }

    @Test
    void TC_001_CSMS_coldBootIsAcceptedWithTheConfiguredHeartbeatInterval() {
        String id = stations.registeredStation();
        OcppStationClient station = connect(id, new StationAnswers());

        var boot = station.call(new BootNotificationRequest("Acme", "Wallbox 7", "SN-0001", null, "1.4.2",
                null, null, null, null));
        station.call(status(0, ChargePointStatus.Available));
        station.call(status(1, ChargePointStatus.Available));
        var heartbeat = station.call(new HeartbeatRequest());

        assertThat(boot.status()).isEqualTo(RegistrationStatus.Accepted);
        assertThat(boot.interval()).isEqualTo(120);
        assertThat(heartbeat.currentTime()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        var shown = api.get("/api/v1/stations/" + id).body();
        assertThat(shown.path("connected").asBoolean()).isTrue();
        assertThat(shown.path("boot").path("firmwareVersion").asText()).isEqualTo("1.4.2");
        assertThat(shown.path("connectors").findValuesAsText("status")).containsExactly("Available", "Available");
    }

    @Test
    void TC_004_1_CSMS_regularChargingSessionIdentificationFirstIsRecordedWithItsEnergyAndSamples() {
        String card = stations.issuedToken();
        OcppStationClient station = bootedStation(stations.registeredStation(), new StationAnswers());
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        var authorized = station.call(new AuthorizeRequest(card));
        station.call(status(1, ChargePointStatus.Preparing));
        var started = station.call(new StartTransactionRequest(1, card, 12_000, null, start));
        int transactionId = started.transactionId();
        station.call(status(1, ChargePointStatus.Charging));
        station.call(new MeterValuesRequest(1, transactionId, List.of(new MeterValue(start.plusSeconds(300), List.of(
                sample("13250", Measurand.Energy_Active_Import_Register, null, UnitOfMeasure.Wh),
                sample("31.9", Measurand.Current_Import, Phase.L1, UnitOfMeasure.A),
                sample("7.2", Measurand.Power_Active_Import, null, UnitOfMeasure.kW),
                new SampledValue("57", null, null, Measurand.SoC, null, Location.EV, UnitOfMeasure.Percent))))));
        var stopped = station.call(new StopTransactionRequest(card, 19_500, start.plusSeconds(1800), transactionId,
                Reason.EVDisconnected, List.of(new MeterValue(start.plusSeconds(1800), List.of(
                        new SampledValue("19500", ReadingContext.Transaction_End, null,
                                Measurand.Energy_Active_Import_Register, null, null, UnitOfMeasure.Wh),
                        new SampledValue("80", ReadingContext.Transaction_End, null, Measurand.SoC, null,
                                Location.EV, UnitOfMeasure.Percent))))));
        station.call(status(1, ChargePointStatus.Finishing));

        assertThat(authorized.idTagInfo().status()).isEqualTo(AuthorizationStatus.Accepted);
        assertThat(started.idTagInfo().status()).isEqualTo(AuthorizationStatus.Accepted);
        assertThat(stopped.idTagInfo().status()).isEqualTo(AuthorizationStatus.Accepted);
        var transaction = api.get("/api/v1/transactions/" + transactionId).body();
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(7_500);
        assertThat(transaction.path("stopReason").asText()).isEqualTo("EVDisconnected");
        assertThat(transaction.path("samples").findValuesAsText("measurand")).containsExactlyInAnyOrder(
                "Energy.Active.Import.Register", "Current.Import", "Power.Active.Import", "SoC",
                "Energy.Active.Import.Register", "SoC");
        assertThat(transaction.path("samples").findValuesAsText("context")).contains("Transaction.End");
    }

    @Test
    void TC_011_1_CSMS_remoteStartReachesTheStationAsARecordAndTheStartItThenSendsIsBooked() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        var handler = new StationAnswers().answering(RemoteStartTransactionRequest.class,
                new RemoteStartTransactionResponse(RemoteStartStopStatus.Accepted));
        OcppStationClient station = bootedStation(id, handler);

        var reply = api.post("/api/v1/stations/" + id + "/commands/remote-start", Map.of("connectorId", 1, "idToken", card));
        var asked = handler.awaitRequest(RemoteStartTransactionRequest.class);
        station.call(status(1, ChargePointStatus.Preparing));
        var started = station.call(new StartTransactionRequest(asked.connectorId(), asked.idTag(), 0, null, Instant.now()));
        station.call(status(1, ChargePointStatus.Charging));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.idTag()).isEqualTo(card);
        assertThat(asked.connectorId()).isEqualTo(1);
        assertThat(started.idTagInfo().status()).isEqualTo(AuthorizationStatus.Accepted);
        var transaction = api.get("/api/v1/transactions/" + started.transactionId()).body();
        assertThat(transaction.path("status").asText()).isEqualTo("Active");
        assertThat(transaction.path("idToken").asText()).isEqualTo(card);
    }

    @Test
    void TC_012_CSMS_remoteStopNamesTheTransactionAndTheStopTheStationThenSendsEndsIt() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        var handler = new StationAnswers().answering(RemoteStopTransactionRequest.class,
                new RemoteStopTransactionResponse(RemoteStartStopStatus.Accepted));
        OcppStationClient station = bootedStation(id, handler);
        int transactionId = station.call(new StartTransactionRequest(1, card, 1_000, null, Instant.now())).transactionId();

        var reply = api.post("/api/v1/stations/" + id + "/commands/remote-stop", Map.of("transactionId", transactionId));
        var asked = handler.awaitRequest(RemoteStopTransactionRequest.class);
        station.call(new StopTransactionRequest(null, 4_000, Instant.now(), asked.transactionId(), Reason.Remote, null));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.transactionId()).isEqualTo(transactionId);
        var transaction = api.get("/api/v1/transactions/" + transactionId).body();
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("Remote");
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(3_000);
    }

    @Test
    void aMeterValueThatIsNotANumberIsAPropertyConstraintViolationAndTheConnectionStaysUsable() {
        OcppStationClient station = bootedStation(stations.registeredStation(), new StationAnswers());
        var notANumber = new MeterValuesRequest(1, null, List.of(new MeterValue(Instant.now(), List.of(
                sample("twelve", Measurand.Energy_Active_Import_Register, null, UnitOfMeasure.Wh)))));

        assertThatThrownBy(() -> station.call(notANumber)).isInstanceOfSatisfying(CallErrorException.class, error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
            assertThat(error.details().path("field").asText()).isEqualTo("meterValue[0].sampledValue[0].value");
        });
        assertThat(station.isOpen()).isTrue();
        assertThat(station.call(new HeartbeatRequest()).currentTime()).isNotNull();
    }

    @Test
    void aReconnectWithTheSameIdReplacesTheFirstConnectionWhichIsToldWhy() throws Exception {
        String id = stations.registeredStation();
        OcppStationClient first = bootedStation(id, new StationAnswers());

        OcppStationClient second = bootedStation(id, new StationAnswers());

        CloseStatus firstClosed = first.closed().get(10, TimeUnit.SECONDS);
        assertThat(firstClosed.code()).isEqualTo(CloseStatus.NORMAL_CLOSURE);
        assertThat(firstClosed.reason()).containsIgnoringCase("replaced");
        assertThat(first.isOpen()).isFalse();
        assertThatThrownBy(() -> first.call(new HeartbeatRequest())).isInstanceOf(SessionClosedException.class);
        assertThat(second.call(new HeartbeatRequest()).currentTime()).isNotNull();
        assertThat(api.get("/api/v1/stations/" + id).body().path("connected").asBoolean()).isTrue();
    }

    private OcppStationClient connect(String id, CallHandler handler) {
        OcppStationClient station = OcppStationClient.connect(URI.create(PLATFORM.ocppUrl()), id, PASSWORD,
                OcppVersion.V16, handler, CALL_TIMEOUT);
        opened.add(station);
        return station;
    }

    private OcppStationClient bootedStation(String id, CallHandler handler) {
        OcppStationClient station = connect(id, handler);
        assertThat(station.call(BootNotificationRequest.of("Acme", "W7")).status()).isEqualTo(RegistrationStatus.Accepted);
        return station;
    }

    private static StatusNotificationRequest status(int connectorId, ChargePointStatus status) {
        return new StatusNotificationRequest(connectorId, ChargePointErrorCode.NoError, null, status, Instant.now(),
                null, null);
    }

    private static SampledValue sample(String value, Measurand measurand, Phase phase, UnitOfMeasure unit) {
        return new SampledValue(value, null, null, measurand, phase, null, unit);
    }

    /** The station's answers to the central system's calls, scripted per request type; every request is kept. */
    private static final class StationAnswers implements CallHandler {
        private final Map<Class<?>, OcppResponse> answers = new ConcurrentHashMap<>();
        private final BlockingQueue<OcppRequest<?>> received = new LinkedBlockingQueue<>();

        <R extends OcppResponse> StationAnswers answering(Class<? extends OcppRequest<R>> type, R answer) {
            answers.put(type, answer);
            return this;
        }

        @Override
        public OcppResponse handle(String action, OcppRequest<?> request) {
            received.add(request);
            OcppResponse answer = answers.get(request.getClass());
            if (answer == null) {
                throw new OcppCallException(ErrorCode.NOT_SUPPORTED, action + " is not scripted for this test");
            }
            return answer;
        }

        /** The next request of this type the central system sent, skipping others. */
        <T extends OcppRequest<?>> T awaitRequest(Class<T> type) {
            try {
                for (OcppRequest<?> request = received.poll(10, TimeUnit.SECONDS); request != null;
                     request = received.poll(10, TimeUnit.SECONDS)) {
                    if (type.isInstance(request)) {
                        return type.cast(request);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new AssertionError("the central system sent no " + type.getSimpleName() + " within 10 s");
        }
    }
}
