package io.gridcharge.gateway.v201;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.devicemodel.AttributeType;
import io.gridcharge.domain.devicemodel.DeviceModelQuery;
import io.gridcharge.domain.devicemodel.Mutability;
import io.gridcharge.domain.devicemodel.StoredVariable;
import io.gridcharge.domain.devicemodel.VariableDataType;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OCPP 2.0.1 CSMS behaviour over a real WebSocket, named after the OCA 2.0.1 test cases where one applies. */
class Ocpp201CsmsConformanceTest {
    static final String BOOT = "{\"reason\":\"PowerUp\",\"chargingStation\":{\"vendorName\":\"Alfen\","
            + "\"model\":\"Eve Pro\",\"serialNumber\":\"SN-201\",\"firmwareVersion\":\"6.1.0\","
            + "\"modem\":{\"iccid\":\"8931\",\"imsi\":\"2040\"}}}";
    private static final StationId CP_1 = StationId.of("CP-1");

    private final GatewayFixture gateway = aGateway()
            .withStation("CP-1")
            .withStation("CP-PENDING", RegistrationStatus.PENDING)
            .withToken("TAG-1", TokenStatus.ACCEPTED)
            .withToken("TAG-BLOCKED", TokenStatus.BLOCKED)
            .start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void TC_B_01_CSMS_ColdBootChargingStation() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            assertThat(station.subprotocol()).isEqualTo("ocpp2.0.1");
            JsonNode boot = station.call("BootNotification", BOOT);
            assertThat(boot.get(0).asInt()).isEqualTo(3);
            assertThat(boot.get(2).get("status").asText()).isEqualTo("Accepted");
            assertThat(boot.get(2).get("interval").asInt())
                    .isEqualTo((int) GatewayFixture.HEARTBEAT_INTERVAL.toSeconds());
            assertThat(Instant.parse(boot.get(2).get("currentTime").asText())).isEqualTo(gateway.clock.instant());

            for (String evse : List.of("1", "2")) {
                JsonNode status = station.call("StatusNotification", "{\"timestamp\":\"2026-11-21T08:00:00Z\","
                        + "\"connectorStatus\":\"Available\",\"evseId\":" + evse + ",\"connectorId\":1}");
                assertThat(status.get(0).asInt()).isEqualTo(3);
            }
            JsonNode heartbeat = station.call("Heartbeat", "{}");
            assertThat(Instant.parse(heartbeat.get(2).get("currentTime").asText())).isEqualTo(gateway.clock.instant());
        }
        Station station = gateway.stations.find(CP_1).orElseThrow();
        assertThat(station.protocol()).isEqualTo("ocpp2.0.1");
        assertThat(station.boot().vendor()).isEqualTo("Alfen");
        assertThat(station.boot().model()).isEqualTo("Eve Pro");
        assertThat(station.boot().serialNumber()).isEqualTo("SN-201");
        assertThat(station.boot().iccid()).isEqualTo("8931");
        assertThat(station.connectors()).extracting(c -> c.connectorId() + ":" + c.status())
                .containsExactly("1:" + ConnectorStatus.AVAILABLE, "2:" + ConnectorStatus.AVAILABLE);
    }

    @Test
    void TC_B_02_CSMS_ColdBootChargingStationPending() {
        try (TestStation station = gateway.station201("CP-PENDING").open()) {
            JsonNode boot = station.call("BootNotification", BOOT);
            assertThat(boot.get(2).get("status").asText()).isEqualTo("Pending");
            assertThat(boot.get(2).get("interval").asInt())
                    .isEqualTo((int) GatewayFixture.PENDING_RETRY_INTERVAL.toSeconds());

            // B02.FR.09: anything but BootNotification before acceptance is a SecurityError.
            JsonNode status = station.call("StatusNotification", "{\"timestamp\":\"2026-11-21T08:00:00Z\","
                    + "\"connectorStatus\":\"Available\",\"evseId\":1,\"connectorId\":1}");
            assertThat(status.get(0).asInt()).isEqualTo(4);
            assertThat(status.get(2).asText()).isEqualTo("SecurityError");

            gateway.administration.change(StationId.of("CP-PENDING"), null, null, RegistrationStatus.ACCEPTED);
            assertThat(station.call("BootNotification", BOOT).get(2).get("status").asText()).isEqualTo("Accepted");
            assertThat(station.call("Heartbeat", "{}").get(0).asInt()).isEqualTo(3);
        }
        assertThat(gateway.stations.find(StationId.of("CP-PENDING")).orElseThrow().connectors()).isEmpty();
    }

    @Test
    void TC_B_30_CSMS_ColdBootChargingStationRejectedIsAnsweredSecurityErrorToOtherCalls() {
        gateway.administration.change(CP_1, null, null, RegistrationStatus.REJECTED);
        try (TestStation station = gateway.station201("CP-1").open()) {
            assertThat(station.call("BootNotification", BOOT).get(2).get("status").asText()).isEqualTo("Rejected");
            assertThat(station.call("Heartbeat", "{}").get(2).asText()).isEqualTo("SecurityError");
        }
    }

    @Test
    void anOccupiedConnectorOfAnEvseSetsTheStateOfThatEvse() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            station.call("StatusNotification", "{\"timestamp\":\"2026-11-21T08:00:00Z\","
                    + "\"connectorStatus\":\"Occupied\",\"evseId\":1,\"connectorId\":2}");
        }
        assertThat(gateway.stations.find(CP_1).orElseThrow().connectors()).singleElement().satisfies(c -> {
            assertThat(c.connectorId()).isEqualTo(1);
            assertThat(c.status()).isEqualTo(ConnectorStatus.OCCUPIED);
            assertThat(c.reportedAt()).isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
        });
    }

    @Test
    void TC_C_02_CSMS_AuthorizeAnswersTheTokensStatusForItsOwnTypeOnly() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            JsonNode accepted = station.call("Authorize", "{\"idToken\":{\"idToken\":\"TAG-1\",\"type\":\"ISO14443\"}}");
            assertThat(accepted.get(2).get("idTokenInfo").get("status").asText()).isEqualTo("Accepted");

            JsonNode blocked = station.call("Authorize", "{\"idToken\":{\"idToken\":\"TAG-BLOCKED\",\"type\":\"ISO14443\"}}");
            assertThat(blocked.get(2).get("idTokenInfo").get("status").asText()).isEqualTo("Blocked");

            // C01: a token is its value and its type; TAG-1 is an RFID card, so as an eMAID it is unknown.
            JsonNode otherType = station.call("Authorize", "{\"idToken\":{\"idToken\":\"TAG-1\",\"type\":\"eMAID\"}}");
            assertThat(otherType.get(2).get("idTokenInfo").get("status").asText()).isEqualTo("Invalid");

            JsonNode unknown = station.call("Authorize", "{\"idToken\":{\"idToken\":\"NOBODY\",\"type\":\"ISO14443\"}}");
            assertThat(unknown.get(2).get("idTokenInfo").get("status").asText()).isEqualTo("Invalid");

            JsonNode free = station.call("Authorize", "{\"idToken\":{\"idToken\":\"\",\"type\":\"NoAuthorization\"}}");
            assertThat(free.get(2).get("idTokenInfo").get("status").asText()).isEqualTo("Accepted");
        }
    }

    @Test
    void aNotifyReportInPartsBuildsTheStationsDeviceModel() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            JsonNode first = station.call("NotifyReport", "{\"requestId\":7,\"generatedAt\":\"2026-11-21T08:00:00Z\","
                    + "\"seqNo\":0,\"tbc\":true,\"reportData\":[{\"component\":{\"name\":\"OCPPCommCtrlr\"},"
                    + "\"variable\":{\"name\":\"HeartbeatInterval\"},\"variableAttribute\":[{\"value\":\"300\"}],"
                    + "\"variableCharacteristics\":{\"dataType\":\"integer\",\"unit\":\"s\",\"supportsMonitoring\":false}}]}");
            assertThat(first.get(0).asInt()).isEqualTo(3);
            station.call("NotifyReport", "{\"requestId\":7,\"generatedAt\":\"2026-11-21T08:00:01Z\",\"seqNo\":1,"
                    + "\"reportData\":[{\"component\":{\"name\":\"EVSE\",\"evse\":{\"id\":1}},"
                    + "\"variable\":{\"name\":\"AvailabilityState\"},\"variableAttribute\":[{\"type\":\"Actual\","
                    + "\"value\":\"Available\",\"mutability\":\"ReadOnly\"}]}]}");
        }
        List<StoredVariable> variables = gateway.deviceModels.variables(CP_1, DeviceModelQuery.all(),
                PageRequest.first(10)).items();
        assertThat(variables).hasSize(2);
        assertThat(variables).anySatisfy(stored -> {
            assertThat(stored.variable().variable().name()).isEqualTo("HeartbeatInterval");
            assertThat(stored.variable().attribute(AttributeType.ACTUAL).orElseThrow().value()).isEqualTo("300");
            assertThat(stored.variable().attribute(AttributeType.ACTUAL).orElseThrow().mutability())
                    .isEqualTo(Mutability.READ_WRITE);
            assertThat(stored.variable().characteristics().dataType()).isEqualTo(VariableDataType.INTEGER);
        });
        assertThat(variables).anySatisfy(stored -> {
            assertThat(stored.variable().component().evseId()).isEqualTo(1);
            assertThat(stored.variable().attribute(AttributeType.ACTUAL).orElseThrow().mutability())
                    .isEqualTo(Mutability.READ_ONLY);
        });
        assertThat(gateway.deviceModels.report(CP_1, 7)).hasValueSatisfying(
                report -> assertThat(report.missingParts()).isZero());
    }

    @Test
    void aNotifyEventIsAcknowledged() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            JsonNode answer = station.call("NotifyEvent", "{\"generatedAt\":\"2026-11-21T08:00:00Z\",\"seqNo\":0,"
                    + "\"eventData\":[{\"eventId\":1,\"timestamp\":\"2026-11-21T08:00:00Z\",\"trigger\":\"Delta\","
                    + "\"actualValue\":\"Occupied\",\"eventNotificationType\":\"HardWiredNotification\","
                    + "\"component\":{\"name\":\"Connector\"},\"variable\":{\"name\":\"AvailabilityState\"}}]}");

            assertThat(answer.get(0).asInt()).as(answer.toString()).isEqualTo(3);
        }
    }

    @Test
    void aSecurityEventIsKeptAndAnyDataTransferIsAnsweredUnknownVendorId() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            JsonNode event = station.call("SecurityEventNotification", "{\"type\":\"FirmwareUpdated\","
                    + "\"timestamp\":\"2026-11-21T08:00:00Z\",\"techInfo\":\"6.1.0\"}");
            JsonNode transfer = station.call("DataTransfer", "{\"vendorId\":\"com.alfen\",\"messageId\":\"x\"}");

            assertThat(event.get(0).asInt()).isEqualTo(3);
            assertThat(transfer.get(2).get("status").asText()).isEqualTo("UnknownVendorId");
        }
        assertThat(gateway.securityEvents.list(CP_1, false, PageRequest.first(10)).items())
                .singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("FirmwareUpdated"));
    }

    @Test
    void aReportValueTheDomainRefusesIsAnsweredPropertyConstraintViolationNamingTheField() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            JsonNode answer = station.call("NotifyReport", "{\"requestId\":7,\"generatedAt\":\"2026-11-21T08:00:00Z\","
                    + "\"seqNo\":0,\"reportData\":[{\"component\":{\"name\":\"OCPPCommCtrlr\"},"
                    + "\"variable\":{\"name\":\"HeartbeatInterval\"},\"variableAttribute\":[{\"mutability\":\"ReadOnly\"}]}]}");

            assertThat(answer.get(0).asInt()).isEqualTo(4);
            assertThat(answer.get(2).asText()).isEqualTo("PropertyConstraintViolation");
            assertThat(answer.get(4).get("field").asText()).isEqualTo("variableAttribute.value");
        }
        assertThat(gateway.deviceModels.components(CP_1)).isEmpty();
    }
}
