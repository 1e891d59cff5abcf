package io.gridcharge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.Role;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.rpc.Frame;
import io.gridcharge.ocpp.rpc.FrameCodec;
import io.gridcharge.ocpp.v16.Ocpp16Catalog;
import io.gridcharge.ocpp.v16.core.StartTransactionRequest;
import io.gridcharge.ocpp.v16.core.StopTransactionRequest;
import io.gridcharge.ocpp.v201.Ocpp201Catalog;
import io.gridcharge.ocpp.v201.authorization.AuthorizeRequest;
import io.gridcharge.ocpp.v201.availability.StatusNotificationRequest;
import io.gridcharge.ocpp.v201.metervalues.MeterValuesRequest;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationRequest;
import io.gridcharge.ocpp.v201.transactions.TransactionEventEnumType;
import io.gridcharge.ocpp.v201.transactions.TransactionEventRequest;
import io.gridcharge.ocpp.v201.types.IdTokenEnumType;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Every frame a bench station sends decodes, with its version's catalog and validation, into the record a station
 * would have sent; the bare central system's answers read as accepted.
 */
class StationFramesTest {
    private static final Instant AT = Instant.parse("2026-11-21T12:34:56.789123Z");
    private static final Instant AT_MILLIS = Instant.parse("2026-11-21T12:34:56.789Z");
    private final StationFrames v16 = StationFrames.of(OcppVersion.V16);
    private final StationFrames v201 = StationFrames.of(OcppVersion.V201);

    @Test
    void a16TransactionIsAStartAndAStopOfTheCentralSystemsTransactionId() {
        StartTransactionRequest start = decoded(v16, v16.start("1", "CARD-1", "ignored", 120, AT),
                StartTransactionRequest.class);
        assertThat(start.idTag()).isEqualTo("CARD-1");
        assertThat(start.meterStart()).isEqualTo(120);
        assertThat(start.timestamp()).isEqualTo(AT_MILLIS);
        assertThat(v16.startedTransactionId(OcppJson.mapper().createObjectNode().put("transactionId", 77), "x"))
                .isEqualTo("77");
        StopTransactionRequest stop = decoded(v16, v16.stop("2", "CARD-1", "77", 130, AT), StopTransactionRequest.class);
        assertThat(stop.transactionId()).isEqualTo(77);
        assertThat(stop.meterStop()).isEqualTo(130);
        assertThat(decoded(v16, v16.boot("3", "BENCH-00001"),
                io.gridcharge.ocpp.v16.core.BootNotificationRequest.class).chargePointSerialNumber())
                .isEqualTo("BENCH-00001");
    }

    @Test
    void a201StationBootsAndReportsItsEvseAndMetersOutsideATransaction() {
        BootNotificationRequest boot = decoded(v201, v201.boot("1", "BENCH-00001"), BootNotificationRequest.class);
        assertThat(boot.chargingStation().serialNumber()).isEqualTo("BENCH-00001");
        StatusNotificationRequest status = decoded(v201, v201.available("2", AT), StatusNotificationRequest.class);
        assertThat(status.evseId()).isEqualTo(1);
        assertThat(status.connectorId()).isEqualTo(1);
        assertThat(status.timestamp()).isEqualTo(AT_MILLIS);
        MeterValuesRequest meter = decoded(v201, v201.energyReading("3", 4711, AT), MeterValuesRequest.class);
        assertThat(meter.evseId()).isEqualTo(1);
        assertThat(meter.meterValue().getFirst().sampledValue().getFirst().value())
                .isEqualByComparingTo(BigDecimal.valueOf(4711));
        AuthorizeRequest authorize = decoded(v201, v201.authorize("4", "CARD-1"), AuthorizeRequest.class);
        assertThat(authorize.idToken().idToken()).isEqualTo("CARD-1");
        assertThat(authorize.idToken().type()).isEqualTo(IdTokenEnumType.ISO14443);
    }

    @Test
    void a201TransactionIsStartedUpdatedEndedWithTheStationsOwnIdAndConsecutiveSeqNos() {
        TransactionEventRequest started = decoded(v201, v201.start("5", "CARD-1", "BENCH-00001-1", 100, AT),
                TransactionEventRequest.class);
        TransactionEventRequest updated = decoded(v201, v201.reading("6", "BENCH-00001-1", 110, AT),
                TransactionEventRequest.class);
        TransactionEventRequest ended = decoded(v201, v201.stop("7", "CARD-1", "BENCH-00001-1", 110, AT),
                TransactionEventRequest.class);
        assertThat(started.eventType()).isEqualTo(TransactionEventEnumType.Started);
        assertThat(updated.eventType()).isEqualTo(TransactionEventEnumType.Updated);
        assertThat(ended.eventType()).isEqualTo(TransactionEventEnumType.Ended);
        assertThat(java.util.List.of(started.seqNo(), updated.seqNo(), ended.seqNo())).containsExactly(0, 1, 2);
        assertThat(java.util.List.of(started, updated, ended))
                .allSatisfy(e -> assertThat(e.transactionInfo().transactionId()).isEqualTo("BENCH-00001-1"));
        assertThat(started.idToken().idToken()).isEqualTo("CARD-1");
        assertThat(updated.idToken()).isNull();
        assertThat(ended.transactionInfo().stoppedReason()).isNotNull();
        assertThat(ended.meterValue().getFirst().sampledValue().getFirst().value())
                .isEqualByComparingTo(BigDecimal.valueOf(110));
        assertThat(v201.startedTransactionId(OcppJson.mapper().createObjectNode(), "BENCH-00001-1"))
                .isEqualTo("BENCH-00001-1");
    }

    @Test
    void theBareAnswersAcceptTheBootAndTheTokenInEitherVersion() {
        for (StationFrames frames : new StationFrames[] {v16, v201}) {
            var answers = frames.bareAnswers(AT);
            assertThat(answers.get("BootNotification").path("status").asText()).isEqualTo("Accepted");
            assertThat(frames.tokenAccepted(answers.get("Authorize"))).isTrue();
            assertThat(frames.tokenAccepted(answers.get(frames.startedName()))).isTrue();
        }
        assertThat(v201.tokenAccepted(OcppJson.mapper().createObjectNode().set("idTokenInfo",
                OcppJson.mapper().createObjectNode().put("status", "ConcurrentTx")))).isFalse();
    }

    private static <T> T decoded(StationFrames frames, String text, Class<T> type) {
        Frame.Call call = (Frame.Call) new FrameCodec(frames.version()).parse(text);
        ActionCatalog catalog = frames.version() == OcppVersion.V16 ? Ocpp16Catalog.INSTANCE : Ocpp201Catalog.INSTANCE;
        assertThat(catalog.inbound(call.action(), Role.CSMS).requestType()).isEqualTo(type);
        JsonNode payload = call.payload();
        return OcppJson.decode(payload, type);
    }
}
