package io.gridcharge.ocpp.v201;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.Role;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v201.availability.HeartbeatResponse;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationRequest;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationResponse;
import io.gridcharge.ocpp.v201.provisioning.RegistrationStatusEnumType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A CSMS session speaking OCPP 2.0.1 answers what it cannot run with the CALLERROR codes as OCPP-J 2.0.1 Part 4
 * §4.3 spells them: FormatViolation and OccurrenceConstraintViolation (not 1.6's FormationViolation and
 * OccurenceConstraintViolation), and the codes 1.6 does not have, RpcFrameworkError and MessageTypeNotSupported.
 */
class Ocpp201CallErrorsTest {
    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");
    private static final String BOOT_PAYLOAD = "{\"reason\":\"PowerUp\",\"chargingStation\":{\"model\":\"AC22\",\"vendorName\":\"Voltwerk\"}}";

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final RpcSession csms = RpcSession.builder(Ocpp201Catalog.INSTANCE, Role.CSMS)
            .frameSink(sent::add)
            .callHandler(Ocpp201CallErrorsTest::acceptEveryBoot)
            .callTimeout(Duration.ofSeconds(30), timer)
            .stationId("CS-201-7")
            .build();

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    private static OcppResponse acceptEveryBoot(String action, OcppRequest<?> request) {
        if (request instanceof BootNotificationRequest) {
            return new BootNotificationResponse(NOON, 300, RegistrationStatusEnumType.Accepted, null, null);
        }
        return new HeartbeatResponse(NOON, null);
    }

    @Test
    void answersAValidBootNotificationWithTheHandlersResponse() {
        csms.onText("[2,\"b-1\",\"BootNotification\"," + BOOT_PAYLOAD + "]");

        JsonNode answer = lastFrame();
        assertThat(answer.get(0).intValue()).isEqualTo(3);
        assertThat(answer.get(2).get("status").textValue()).isEqualTo("Accepted");
        assertThat(answer.get(2).get("interval").intValue()).isEqualTo(300);
    }

    @Test
    void answersAnUnknownPropertyWithFormatViolation() {
        csms.onText("[2,\"e-1\",\"BootNotification\"," + BOOT_PAYLOAD.replace("{\"reason\"", "{\"firmware\":\"1.2\",\"reason\"") + "]");

        assertErrorAnswer("e-1", "FormatViolation");
    }

    @Test
    void answersAMissingRequiredFieldWithOccurrenceConstraintViolationSpelledAs201SpellsIt() {
        csms.onText("[2,\"e-2\",\"BootNotification\",{\"reason\":\"PowerUp\"}]");

        assertErrorAnswer("e-2", "OccurrenceConstraintViolation");
    }

    @Test
    void answersAnUnknownActionWithNotImplemented() {
        csms.onText("[2,\"e-3\",\"StartTransaction\",{}]");

        assertErrorAnswer("e-3", "NotImplemented");
    }

    @Test
    void answersAStationSendingACsmsRequestWithNotSupported() {
        csms.onText("[2,\"e-4\",\"RequestStartTransaction\",{\"remoteStartId\":1,\"idToken\":{\"idToken\":\"A1\",\"type\":\"Central\"}}]");

        assertErrorAnswer("e-4", "NotSupported");
    }

    @Test
    void answersAnUnknownMessageTypeWithMessageTypeNotSupported() {
        csms.onText("[6,\"e-5\",\"Heartbeat\",{}]");

        assertErrorAnswer("e-5", "MessageTypeNotSupported");
    }

    @Test
    void answersAFrameWhoseMessageIdCannotBeReadWithRpcFrameworkError() {
        csms.onText("[2,17,\"Heartbeat\",{}]");

        assertErrorAnswer(RpcSession.UNKNOWN_MESSAGE_ID, "RpcFrameworkError");
    }

    @Test
    void answersTextThatIsNotJsonWithRpcFrameworkError() {
        csms.onText("BootNotification please");

        assertErrorAnswer(RpcSession.UNKNOWN_MESSAGE_ID, "RpcFrameworkError");
    }

    private void assertErrorAnswer(String messageId, String wireCode) {
        assertThat(sent).hasSize(1);
        JsonNode frame = lastFrame();
        assertThat(frame.get(0).intValue()).isEqualTo(4);
        assertThat(frame.get(1).textValue()).isEqualTo(messageId);
        assertThat(frame.get(2).textValue()).isEqualTo(wireCode);
    }

    private JsonNode lastFrame() {
        try {
            return OcppJson.mapper().readTree(sent.getLast());
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
