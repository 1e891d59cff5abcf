package io.gridcharge.ocpp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.rpc.CallErrorException;
import io.gridcharge.ocpp.rpc.CallHandler;
import io.gridcharge.ocpp.rpc.SessionClosedException;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.BootNotificationResponse;
import io.gridcharge.ocpp.v16.core.ClearCacheRequest;
import io.gridcharge.ocpp.v16.core.ClearCacheResponse;
import io.gridcharge.ocpp.v16.core.ClearCacheStatus;
import io.gridcharge.ocpp.v16.core.DataTransferRequest;
import io.gridcharge.ocpp.v16.core.DataTransferResponse;
import io.gridcharge.ocpp.v16.core.DataTransferStatus;
import io.gridcharge.ocpp.v16.core.HeartbeatRequest;
import io.gridcharge.ocpp.v16.core.HeartbeatResponse;
import io.gridcharge.ocpp.v16.core.MeterValue;
import io.gridcharge.ocpp.v16.core.MeterValuesRequest;
import io.gridcharge.ocpp.v16.core.RegistrationStatus;
import io.gridcharge.ocpp.v16.core.RemoteStartStopStatus;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionRequest;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionResponse;
import io.gridcharge.ocpp.v16.core.SampledValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OcppStationClientTest {
    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final List<OcppRequest<?>> receivedByStation = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
    }

    @Test
    void aCallGetsTheCentralSystemsTypedAnswer() throws Exception {
        var csms = centralSystem(TinyCentralSystem.Handshake.ACCEPT);
        var client = connect(csms, "CP-7", "secret-of-station-7");

        BootNotificationResponse boot = client.call(BootNotificationRequest.of("Acme", "Wallbox 7"));

        assertThat(boot).isEqualTo(new BootNotificationResponse(RegistrationStatus.Accepted, NOON, 300));
        assertThat(client.isOpen()).isTrue();
    }

    @Test
    void theStationIdEndsThePathAndThePasswordGoesAsBasicCredentials() throws Exception {
        var csms = centralSystem(TinyCentralSystem.Handshake.ACCEPT);
        connect(csms, "CP 7/+Ü", "secret-of-station-7");

        var connection = csms.nextConnection();

        assertThat(connection.path).isEqualTo("/ocpp/CP%207%2F%2B%C3%9C");
        assertThat(connection.headers.get("sec-websocket-protocol")).isEqualTo("ocpp1.6");
        assertThat(new String(Base64.getDecoder().decode(connection.headers.get("authorization").substring(6)),
                StandardCharsets.UTF_8)).isEqualTo("CP 7/+Ü:secret-of-station-7");
    }

    @Test
    void aCallOfTheCentralSystemReachesTheHandlerAsARecordAndGetsItsAnswer() throws Exception {
        var csms = centralSystem(TinyCentralSystem.Handshake.ACCEPT);
        connect(csms, "CP-7", null);
        var remoteStart = new RemoteStartTransactionRequest(1, "KARTE-ÄÖÜ-0042", null);

        var answer = csms.nextConnection().rpc.call(remoteStart).get(10, TimeUnit.SECONDS);

        assertThat(answer.status()).isEqualTo(RemoteStartStopStatus.Accepted);
        assertThat(receivedByStation).containsExactly(remoteStart);
    }

    @Test
    void aCallErrorIsThrownAsTheSessionsOwnExceptionWithItsCode() throws Exception {
        var csms = centralSystem(TinyCentralSystem.Handshake.ACCEPT);
        var client = connect(csms, "CP-7", null);
        var notANumber = new MeterValuesRequest(1, null, List.of(new MeterValue(NOON,
                List.of(new SampledValue("lots", null, null, null, null, null, null)))));

        assertThatThrownBy(() -> client.call(notANumber))
                .isInstanceOfSatisfying(CallErrorException.class, error ->
                        assertThat(error.code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION));
        assertThat(client.call(new HeartbeatRequest()).currentTime()).isEqualTo(NOON);
    }

    /**
     * A message too large for the socket's buffers stays pending while the central system does not read; the
     * JDK refuses a second send meanwhile, so the answer to the central system's call must wait its turn.
     */
    @Test
    void anAnswerDueWhileALargeMessageIsStillGoingOutFollowsIt() throws Exception {
        var csms = centralSystem(TinyCentralSystem.Handshake.ACCEPT);
        var client = connect(csms, "CP-7", null);
        var connection = csms.nextConnection();

        connection.pauseReading();
        var upload = client.callAsync(new DataTransferRequest("com.acme", "Log", "x".repeat(8 << 20)));
        var clearCache = connection.rpc.call(new ClearCacheRequest());
        await(() -> receivedByStation.size() == 1);
        connection.resumeReading();

        assertThat(upload.get(30, TimeUnit.SECONDS).status()).isEqualTo(DataTransferStatus.Accepted);
        assertThat(clearCache.get(30, TimeUnit.SECONDS).status()).isEqualTo(ClearCacheStatus.Accepted);
    }

    @Test
    void callsFromManyThreadsAreAllAnswered() throws Exception {
        var csms = centralSystem(TinyCentralSystem.Handshake.ACCEPT);
        var client = connect(csms, "CP-7", null);

        List<CompletableFuture<HeartbeatResponse>> heartbeats = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 50; i++) {
                heartbeats.add(CompletableFuture.supplyAsync(() -> client.call(new HeartbeatRequest()), threads));
            }
        }

        assertThat(heartbeats).allSatisfy(heartbeat -> assertThat(heartbeat.get().currentTime()).isEqualTo(NOON));
    }

    @Test
    void closingSendsNormalClosureAndLaterCallsFailAsClosed() throws Exception {
        var csms = centralSystem(TinyCentralSystem.Handshake.ACCEPT);
        var client = connect(csms, "CP-7", null);
        var connection = csms.nextConnection();

        client.close();

        assertThat(connection.clientCloseCode.get(10, TimeUnit.SECONDS)).isEqualTo(1000);
        assertThat(client.isOpen()).isFalse();
        assertThat(client.closed().get(10, TimeUnit.SECONDS).code()).isEqualTo(1000);
        assertThatThrownBy(() -> client.call(new HeartbeatRequest())).isInstanceOf(SessionClosedException.class);
    }

    @Test
    void theCloseCodeAndReasonOfTheCentralSystemAreReported() throws Exception {
        var csms = centralSystem(TinyCentralSystem.Handshake.ACCEPT);
        var client = connect(csms, "CP-7", null);

        csms.nextConnection().closeWith(4001, "Replaced by a newer connection");

        assertThat(client.closed().get(10, TimeUnit.SECONDS))
                .isEqualTo(new CloseStatus(4001, "Replaced by a newer connection"));
        assertThat(client.isOpen()).isFalse();
    }

    @Test
    void aRefusedHandshakeFailsWithItsHttpStatus() throws Exception {
        var csms = centralSystem(TinyCentralSystem.Handshake.UNAUTHORIZED);

        assertThatThrownBy(() -> connect(csms, "CP-7", "wrong"))
                .isInstanceOfSatisfying(OcppConnectException.class, refused -> {
                    assertThat(refused.httpStatus()).hasValue(401);
                    assertThat(refused).hasMessageContaining("HTTP 401").hasMessageContaining("Unauthorized");
                });
    }

    @Test
    void aCentralSystemThatAgreesOnNoSubprotocolIsRefused() throws Exception {
        var csms = centralSystem(TinyCentralSystem.Handshake.ACCEPT_WITHOUT_SUBPROTOCOL);

        assertThatThrownBy(() -> connect(csms, "CP-7", null))
                .isInstanceOf(OcppConnectException.class)
                .hasMessageContaining("no subprotocol");
    }

    @Test
    void theHandlerCannotBlockOnACallWhoseAnswerOnlyItsOwnThreadCouldRead() throws Exception {
        var csms = centralSystem(TinyCentralSystem.Handshake.ACCEPT);
        var station = new CompletableFuture<OcppStationClient>();
        CallHandler callingBack = (action, request) -> {
            station.join().call(new HeartbeatRequest());
            return new ClearCacheResponse(ClearCacheStatus.Accepted);
        };
        var client = OcppStationClient.connect(csms.endpoint(), "CP-7", null, OcppVersion.V16, callingBack, CALL_TIMEOUT);
        opened.add(client);
        station.complete(client);

        var answer = csms.nextConnection().rpc.call(new ClearCacheRequest());

        assertThat(answer).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                .havingCause().isInstanceOfSatisfying(CallErrorException.class, error ->
                        assertThat(error.code()).isEqualTo(ErrorCode.INTERNAL_ERROR));
        assertThat(client.call(new HeartbeatRequest()).currentTime()).isEqualTo(NOON);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("condition met within 10 s").isTrue();
    }

    private TinyCentralSystem centralSystem(TinyCentralSystem.Handshake handshake) throws Exception {
        var csms = new TinyCentralSystem(handshake, OcppStationClientTest::answerAsCentralSystem);
        opened.add(csms);
        return csms;
    }

    private OcppStationClient connect(TinyCentralSystem csms, String stationId, String password) {
        var client = OcppStationClient.connect(csms.endpoint(), stationId, password, OcppVersion.V16,
                this::answerAsStation, CALL_TIMEOUT);
        opened.add(client);
        return client;
    }

    private OcppResponse answerAsStation(String action, OcppRequest<?> request) {
        receivedByStation.add(request);
        return switch (request) {
            case RemoteStartTransactionRequest start -> new RemoteStartTransactionResponse(RemoteStartStopStatus.Accepted);
            case ClearCacheRequest clear -> new ClearCacheResponse(ClearCacheStatus.Accepted);
            default -> throw new OcppCallException(ErrorCode.NOT_SUPPORTED, action + " is not scripted");
        };
    }

    private static OcppResponse answerAsCentralSystem(String action, OcppRequest<?> request) {
        return switch (request) {
            case BootNotificationRequest boot -> new BootNotificationResponse(RegistrationStatus.Accepted, NOON, 300);
            case HeartbeatRequest heartbeat -> new HeartbeatResponse(NOON);
            case DataTransferRequest transfer -> new DataTransferResponse(DataTransferStatus.Accepted, null);
            case MeterValuesRequest meterValues -> throw new OcppCallException(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                    "meterValue[0].sampledValue[0].value must be a decimal number");
            default -> throw new OcppCallException(ErrorCode.NOT_SUPPORTED, action + " is not scripted");
        };
    }
}
