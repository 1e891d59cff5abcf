package io.gridcharge.gateway.v16;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionStatus;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import io.gridcharge.ocpp.v16.core.DataTransferResponse;
import io.gridcharge.ocpp.v16.core.DataTransferStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OCPP 1.6 central-system behaviour over a real WebSocket, named after the OCA test cases where one applies. */
class Ocpp16CentralSystemConformanceTest {
    private static final String BOOT = "{\"chargePointVendor\":\"Alfen\",\"chargePointModel\":\"Eve\","
            + "\"chargePointSerialNumber\":\"SN-42\",\"firmwareVersion\":\"5.8.1\"}";
    private static final StationId CP_1 = StationId.of("CP-1");

    private final GatewayFixture gateway = aGateway()
            .withStation("CP-1")
            .withStation("CP-PENDING", RegistrationStatus.PENDING)
            .withToken("TAG-1", TokenStatus.ACCEPTED)
            .withToken("TAG-BLOCKED", TokenStatus.BLOCKED)
            .withVendor("com.alfen", (station, messageId, data) ->
                    new DataTransferResponse(DataTransferStatus.Accepted, "echo:" + data))
            .start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void TC_001_CSMS_ColdBootChargePoint() {
        try (TestStation station = gateway.station("CP-1").open()) {
            JsonNode boot = station.call("BootNotification", BOOT);
            assertThat(boot.get(0).asInt()).isEqualTo(3);
            assertThat(boot.get(2).get("status").asText()).isEqualTo("Accepted");
            assertThat(boot.get(2).get("interval").asInt())
                    .isEqualTo((int) GatewayFixture.HEARTBEAT_INTERVAL.toSeconds());
            assertThat(Instant.parse(boot.get(2).get("currentTime").asText())).isEqualTo(gateway.clock.instant());

            for (int connector : new int[] {0, 1}) {
                JsonNode status = station.call("StatusNotification", "{\"connectorId\":" + connector
                        + ",\"errorCode\":\"NoError\",\"status\":\"Available\"}");
                assertThat(status.get(0).asInt()).isEqualTo(3);
            }
            JsonNode heartbeat = station.call("Heartbeat", "{}");
            assertThat(heartbeat.get(2).get("currentTime").asText()).isNotBlank();
        }
        Station station = gateway.stations.find(CP_1).orElseThrow();
        assertThat(station.boot().vendor()).isEqualTo("Alfen");
        assertThat(station.boot().serialNumber()).isEqualTo("SN-42");
        assertThat(station.protocol()).isEqualTo("ocpp1.6");
        assertThat(station.connectors()).extracting(c -> c.connectorId() + ":" + c.status())
                .containsExactly("0:" + ConnectorStatus.AVAILABLE, "1:" + ConnectorStatus.AVAILABLE);
    }

    @Test
    void aPendingStationIsToldSoWithTheRetryIntervalAndRefusedOtherCallsUntilAccepted() {
        try (TestStation station = gateway.station("CP-PENDING").open()) {
            JsonNode boot = station.call("BootNotification", BOOT);
            assertThat(boot.get(2).get("status").asText()).isEqualTo("Pending");
            assertThat(boot.get(2).get("interval").asInt())
                    .isEqualTo((int) GatewayFixture.PENDING_RETRY_INTERVAL.toSeconds());

            JsonNode heartbeat = station.call("Heartbeat", "{}");
            assertThat(heartbeat.get(0).asInt()).isEqualTo(4);
            assertThat(heartbeat.get(2).asText()).isEqualTo("SecurityError");

            gateway.administration.change(StationId.of("CP-PENDING"), null, null, RegistrationStatus.ACCEPTED);
            assertThat(station.call("BootNotification", BOOT).get(2).get("status").asText()).isEqualTo("Accepted");
            assertThat(station.call("Heartbeat", "{}").get(0).asInt()).isEqualTo(3);
        }
    }

    @Test
    void aStationThatReconnectsWithoutBootingIsAdmittedByItsStoredRegistration() {
        try (TestStation station = gateway.station("CP-1").open()) {
            assertThat(station.call("Heartbeat", "{}").get(0).asInt()).isEqualTo(3);
        }
        try (TestStation station = gateway.station("CP-PENDING").open()) {
            assertThat(station.call("Heartbeat", "{}").get(2).asText()).isEqualTo("SecurityError");
        }
    }

    @Test
    void TC_003_CSMS_RegularChargingSession() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            JsonNode authorize = station.call("Authorize", "{\"idTag\":\"TAG-1\"}");
            assertThat(authorize.get(2).get("idTagInfo").get("status").asText()).isEqualTo("Accepted");

            JsonNode start = station.call("StartTransaction", startOf("TAG-1", 1000));
            assertThat(start.get(2).get("idTagInfo").get("status").asText()).isEqualTo("Accepted");
            long transactionId = start.get(2).get("transactionId").asLong();

            JsonNode meterValues = station.call("MeterValues", "{\"connectorId\":1,\"transactionId\":" + transactionId
                    + ",\"meterValue\":[{\"timestamp\":\"2026-11-21T08:15:00Z\",\"sampledValue\":["
                    + "{\"value\":\"4.2\",\"unit\":\"kWh\"},{\"value\":\"7200\",\"measurand\":\"Power.Active.Import\","
                    + "\"unit\":\"W\"}]}]}");
            assertThat(meterValues.get(0).asInt()).isEqualTo(3);

            JsonNode stop = station.call("StopTransaction", "{\"transactionId\":" + transactionId
                    + ",\"idTag\":\"TAG-1\",\"meterStop\":8500,\"timestamp\":\"2026-11-21T09:00:00Z\","
                    + "\"reason\":\"EVDisconnected\",\"transactionData\":[{\"timestamp\":\"2026-11-21T09:00:00Z\","
                    + "\"sampledValue\":[{\"value\":\"8500\",\"context\":\"Transaction.End\"}]}]}");
            assertThat(stop.get(2).get("idTagInfo").get("status").asText()).isEqualTo("Accepted");

            Transaction transaction = gateway.transactions.find(transactionId).orElseThrow();
            assertThat(transaction.status()).isEqualTo(TransactionStatus.COMPLETED);
            assertThat(transaction.energyWh()).hasValue(7500);
            assertThat(transaction.stopReason()).isEqualTo("EVDisconnected");
            assertThat(gateway.transactions.samplesOf(transactionId))
                    .extracting(MeterSample::measurand, MeterSample::value, MeterSample::unit)
                    .contains(org.assertj.core.groups.Tuple.tuple("Energy.Active.Import.Register",
                            new BigDecimal("4.2"), "kWh"),
                            org.assertj.core.groups.Tuple.tuple("Power.Active.Import", new BigDecimal("7200"), "W"),
                            org.assertj.core.groups.Tuple.tuple("Energy.Active.Import.Register",
                                    new BigDecimal("8500"), "Wh"));
        }
    }

    @Test
    void aResentStartTransactionGetsTheSameTransactionId() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            JsonNode first = station.call("StartTransaction", startOf("TAG-1", 1000));
            JsonNode again = station.call("StartTransaction", startOf("TAG-1", 1000));

            assertThat(again.get(2).get("transactionId")).isEqualTo(first.get(2).get("transactionId"));
            assertThat(again.get(2).get("idTagInfo").get("status").asText()).isEqualTo("Accepted");
            assertThat(gateway.transactions.count()).isEqualTo(1);
        }
    }

    @Test
    void aStartWithABlockedTokenIsRecordedAndAnsweredBlocked() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            JsonNode start = station.call("StartTransaction", startOf("TAG-BLOCKED", 0));

            assertThat(start.get(2).get("idTagInfo").get("status").asText()).isEqualTo("Blocked");
            assertThat(start.get(2).get("transactionId").asLong()).isPositive();
        }
    }

    @Test
    void aStopWithoutIdTagIsAnsweredWithoutIdTagInfo() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            long transactionId = station.call("StartTransaction", startOf("TAG-1", 0)).get(2).get("transactionId")
                    .asLong();

            JsonNode stop = station.call("StopTransaction", "{\"transactionId\":" + transactionId
                    + ",\"meterStop\":100,\"timestamp\":\"2026-11-21T09:00:00Z\"}");

            assertThat(stop.get(0).asInt()).isEqualTo(3);
            assertThat(stop.get(2).has("idTagInfo")).isFalse();
            assertThat(gateway.transactions.find(transactionId).orElseThrow().stopReason()).isEqualTo("Local");
        }
    }

    @Test
    void meterValuesWithoutMeasurandOrUnitAreEnergyInWhAsTheSpecDefaults() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            station.call("MeterValues", "{\"connectorId\":1,\"meterValue\":[{\"timestamp\":\"2026-11-21T08:15:00Z\","
                    + "\"sampledValue\":[{\"value\":\"1234.5\"}]}]}");
        }
        assertThat(gateway.transactions.samplesWithoutTransaction()).singleElement().satisfies(sample -> {
            assertThat(sample.measurand()).isEqualTo(MeterSample.ENERGY_REGISTER);
            assertThat(sample.unit()).isEqualTo("Wh");
            assertThat(sample.context()).isEqualTo("Sample.Periodic");
            assertThat(sample.location()).isEqualTo("Outlet");
            assertThat(sample.value()).isEqualByComparingTo("1234.5");
        });
    }

    @Test
    void meterValuesWithANonNumericRawValueAreRefusedAndNothingIsRecorded() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            JsonNode answer = station.call("MeterValues", "{\"connectorId\":1,\"meterValue\":[{\"timestamp\":"
                    + "\"2026-11-21T08:15:00Z\",\"sampledValue\":[{\"value\":\"12\"},{\"value\":\"twelve\"}]}]}");

            assertThat(answer.get(0).asInt()).isEqualTo(4);
            assertThat(answer.get(2).asText()).isEqualTo("PropertyConstraintViolation");
            assertThat(answer.get(4).get("field").asText()).isEqualTo("meterValue[0].sampledValue[1].value");
        }
        assertThat(gateway.transactions.samplesWithoutTransaction()).isEmpty();
    }

    @Test
    void signedMeterValuesAreNotReadAsNumbers() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            JsonNode answer = station.call("MeterValues", "{\"connectorId\":1,\"meterValue\":[{\"timestamp\":"
                    + "\"2026-11-21T08:15:00Z\",\"sampledValue\":[{\"value\":\"OCMF|{...}\",\"format\":\"SignedData\"},"
                    + "{\"value\":\"42\"}]}]}");

            assertThat(answer.get(0).asInt()).isEqualTo(3);
        }
        assertThat(gateway.transactions.samplesWithoutTransaction()).extracting(MeterSample::value)
                .containsExactly(new BigDecimal("42"));
    }

    @Test
    void malformedFramesGetThePreciseCallErrorAndTheConnectionStaysUsable() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            assertThat(errorCodeOf(station.sendAndAwait("[2,\"m1\",\"Heartbeat\"", "-1")))
                    .isEqualTo("FormationViolation");
            assertThat(errorCodeOf(station.call("m2", "BootNotification", "{\"chargePointVendor\":\"Alfen\"}")))
                    .isEqualTo("OccurenceConstraintViolation");
            assertThat(errorCodeOf(station.call("m3", "Heartbeat", "{\"beat\":1}"))).isEqualTo("FormationViolation");
            assertThat(errorCodeOf(station.call("m4", "StatusNotification",
                    "{\"connectorId\":\"1\",\"errorCode\":\"NoError\",\"status\":\"Available\"}")))
                    .isEqualTo("TypeConstraintViolation");
            assertThat(errorCodeOf(station.call("m5", "StatusNotification",
                    "{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Sleeping\"}")))
                    .isEqualTo("PropertyConstraintViolation");
            assertThat(errorCodeOf(station.call("m6", "SelfDestruct", "{}"))).isEqualTo("NotImplemented");
            assertThat(errorCodeOf(station.call("m7", "RemoteStartTransaction", "{\"idTag\":\"TAG-1\"}")))
                    .isEqualTo("NotSupported");

            assertThat(station.call("Heartbeat", "{}").get(0).asInt()).isEqualTo(3);
            assertThat(station.isClosed()).isFalse();
        }
    }

    @Test
    void anEmptyIdTagIsAPropertyConstraintViolation() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            JsonNode answer = station.call("Authorize", "{\"idTag\":\"\"}");

            assertThat(errorCodeOf(answer)).isEqualTo("PropertyConstraintViolation");
        }
    }

    @Test
    void TC_064_CSMS_DataTransferToACentralSystem() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            JsonNode unknown = station.call("DataTransfer", "{\"vendorId\":\"com.example\",\"data\":\"x\"}");
            assertThat(unknown.get(2).get("status").asText()).isEqualTo("UnknownVendorId");

            JsonNode known = station.call("DataTransfer", "{\"vendorId\":\"com.alfen\",\"data\":\"x\"}");
            assertThat(known.get(2).get("status").asText()).isEqualTo("Accepted");
            assertThat(known.get(2).get("data").asText()).isEqualTo("echo:x");
        }
    }

    @Test
    void firmwareAndDiagnosticsProgressIsAcknowledged() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            assertThat(station.call("FirmwareStatusNotification", "{\"status\":\"Downloading\"}").get(0).asInt())
                    .isEqualTo(3);
            assertThat(station.call("DiagnosticsStatusNotification", "{\"status\":\"Uploaded\"}").get(0).asInt())
                    .isEqualTo(3);
        }
    }

    @Test
    void anUnknownTokenIsInvalid() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            JsonNode authorize = station.call("Authorize", "{\"idTag\":\"NOBODY\"}");

            assertThat(authorize.get(2).get("idTagInfo").get("status").asText()).isEqualTo("Invalid");
        }
    }

    private static String startOf(String idTag, int meterStart) {
        return "{\"connectorId\":1,\"idTag\":\"" + idTag + "\",\"meterStart\":" + meterStart
                + ",\"timestamp\":\"2026-11-21T08:00:00Z\"}";
    }

    private static String errorCodeOf(JsonNode answer) {
        assertThat(answer.get(0).asInt()).as("a CALLERROR: %s", answer).isEqualTo(4);
        return answer.get(2).asText();
    }
}
