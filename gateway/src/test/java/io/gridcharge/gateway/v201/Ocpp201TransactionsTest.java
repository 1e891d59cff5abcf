package io.gridcharge.gateway.v201;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionEvent;
import io.gridcharge.domain.charging.TransactionStatus;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OCPP 2.0.1 TransactionEvent and MeterValues over a real WebSocket, on the same transactions as 1.6. */
class Ocpp201TransactionsTest {
    private static final StationId CP_1 = StationId.of("CP-1");

    private final GatewayFixture gateway = aGateway()
            .withStation("CP-1")
            .withToken("TAG-1", TokenStatus.ACCEPTED)
            .withToken("TAG-BLOCKED", TokenStatus.BLOCKED)
            .start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    /** A TransactionEvent; {@code extra} is spliced in as further fields ("" for none). */
    static String event(String type, int seqNo, String trigger, String txId, String extra, String meterValues) {
        return "{\"eventType\":\"" + type + "\",\"timestamp\":\"2026-11-21T08:" + (10 + seqNo) + ":00Z\","
                + "\"triggerReason\":\"" + trigger + "\",\"seqNo\":" + seqNo + ",\"transactionInfo\":{\"transactionId\":\""
                + txId + "\"" + extra + "}" + (meterValues.isEmpty() ? "" : ",\"meterValue\":" + meterValues) + "}";
    }

    static String energy(long wh, String context) {
        return "[{\"timestamp\":\"2026-11-21T08:30:00Z\",\"sampledValue\":[{\"value\":" + wh
                + ",\"context\":\"" + context + "\",\"measurand\":\"Energy.Active.Import.Register\"}]}]";
    }

    static String token(String idToken) {
        return ",\"idToken\":{\"idToken\":\"" + idToken + "\",\"type\":\"ISO14443\"}";
    }

    private Transaction transaction(String txId) {
        return gateway.transactions.findByStationTransactionId(CP_1, txId).orElseThrow();
    }

    @Test
    void TC_E_01_CSMS_startedUpdatedEndedIsOneTransactionWithItsEnergyFromTheRegister() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            JsonNode started = station.call("TransactionEvent", with(withToken(event("Started", 0, "Authorized",
                    "TX-1", ",\"chargingState\":\"SuspendedEVSE\"", energy(1000, "Transaction.Begin")), "TAG-1"),
                    "\"evse\":{\"id\":1,\"connectorId\":1}"));
            assertThat(started.get(0).asInt()).as(started.toString()).isEqualTo(3);
            assertThat(started.get(2).get("idTokenInfo").get("status").asText()).isEqualTo("Accepted");

            JsonNode updated = station.call("TransactionEvent", event("Updated", 1, "MeterValuePeriodic", "TX-1", "",
                    "[{\"timestamp\":\"2026-11-21T08:20:00Z\",\"sampledValue\":[{\"value\":4200},"
                            + "{\"value\":16.2,\"measurand\":\"Current.Import\",\"phase\":\"L1\","
                            + "\"unitOfMeasure\":{\"unit\":\"A\"}}]}]"));
            assertThat(updated.get(2).has("idTokenInfo")).isFalse();

            station.call("TransactionEvent", event("Ended", 2, "EVDeparted", "TX-1",
                    ",\"stoppedReason\":\"EVDisconnected\"", energy(8500, "Transaction.End")));
        }
        Transaction transaction = transaction("TX-1");
        assertThat(transaction.connectorId()).isEqualTo(1);
        assertThat(transaction.idToken()).isEqualTo(IdToken.of("TAG-1"));
        assertThat(transaction.status()).isEqualTo(TransactionStatus.COMPLETED);
        assertThat(transaction.energyWh()).hasValue(7500);
        assertThat(transaction.stopReason()).isEqualTo("EVDisconnected");
        assertThat(gateway.transactions.samplesOf(transaction.id()))
                .extracting(MeterSample::measurand, MeterSample::phase, MeterSample::context, MeterSample::value)
                .contains(tuple("Current.Import", "L1", "Sample.Periodic", new BigDecimal("16.2")),
                        tuple("Energy.Active.Import.Register", null, "Transaction.End", new BigDecimal("8500")));
    }

    @Test
    void TC_E_03_CSMS_aTokenGivenAfterPlugInIdentifiesTheTransactionAndIsAnswered() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            JsonNode started = station.call("TransactionEvent", event("Started", 0, "CablePluggedIn", "TX-2",
                    ",\"chargingState\":\"EVConnected\"", ""));
            assertThat(started.get(2).has("idTokenInfo")).isFalse();
            assertThat(transaction("TX-2").idToken()).isNull();

            JsonNode authorized = station.call("TransactionEvent", withToken(event("Updated", 1, "Authorized", "TX-2",
                    ",\"chargingState\":\"Charging\"", ""), "TAG-1"));
            assertThat(authorized.get(2).get("idTokenInfo").get("status").asText()).isEqualTo("Accepted");
        }
        assertThat(transaction("TX-2").idToken()).isEqualTo(IdToken.of("TAG-1"));
        assertThat(gateway.transactionEvents.of(CP_1, "TX-2")).extracting(TransactionEvent::triggerReason,
                TransactionEvent::chargingState, TransactionEvent::idTokenType)
                .containsExactly(tuple("CablePluggedIn", "EVConnected", null), tuple("Authorized", "Charging", "ISO14443"));
    }

    @Test
    void aBlockedTokenIsAnsweredBlockedAndTheTransactionIsStillRecorded() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            JsonNode started = station.call("TransactionEvent", withToken(event("Started", 0, "Authorized", "TX-B",
                    "", ""), "TAG-BLOCKED"));
            assertThat(started.get(2).get("idTokenInfo").get("status").asText()).isEqualTo("Blocked");
        }
        assertThat(transaction("TX-B").startAuthorization().name()).isEqualTo("BLOCKED");
    }

    @Test
    void aRepeatedEventChangesNothingAndAGapIsKept() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            station.call("TransactionEvent", event("Started", 0, "CablePluggedIn", "TX-3", "", energy(100, "Transaction.Begin")));
            String periodic = event("Updated", 1, "MeterValuePeriodic", "TX-3", "", energy(900, "Sample.Periodic"));
            assertThat(station.call("TransactionEvent", periodic).get(0).asInt()).isEqualTo(3);
            assertThat(station.call("TransactionEvent", periodic).get(0).asInt()).isEqualTo(3);
            station.call("TransactionEvent", event("Updated", 4, "MeterValuePeriodic", "TX-3", "", ""));
        }
        Transaction transaction = transaction("TX-3");
        assertThat(gateway.transactions.samplesOf(transaction.id())).extracting(MeterSample::value)
                .containsExactly(new BigDecimal("100"), new BigDecimal("900"));
        assertThat(gateway.transactions.count()).isEqualTo(1);
        assertThat(gateway.transactionEvents.missingSeqNos(CP_1, "TX-3")).containsExactly(2, 3);
    }

    @Test
    void aTransactionWhoseStartedNeverCameIsCreatedByItsFirstEventAndEndsWithTheLastRegister() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            JsonNode updated = station.call("TransactionEvent", with(withToken(event("Updated", 3, "MeterValuePeriodic",
                    "TX-4", "", energy(2000, "Sample.Periodic")), "TAG-1"), "\"offline\":true"));
            assertThat(updated.get(2).get("idTokenInfo").get("status").asText()).isEqualTo("Accepted");
            station.call("TransactionEvent", event("Updated", 4, "MeterValuePeriodic", "TX-4", "",
                    energy(2600, "Sample.Periodic")));
            station.call("TransactionEvent", event("Ended", 5, "StopAuthorized", "TX-4", "", ""));
        }
        Transaction transaction = transaction("TX-4");
        assertThat(transaction.meterStartWh()).isEqualTo(2000);
        assertThat(transaction.energyWh()).hasValue(600);
        assertThat(transaction.stopReason()).isEqualTo("Local");
        assertThat(gateway.transactionEvents.of(CP_1, "TX-4").getFirst().offline()).isTrue();
    }

    @Test
    void TC_J_08_CSMS_aTransactionAuthorizedBeforePlugInTakesTheEvseAndBeginReadingOfALaterEvent() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            station.call("TransactionEvent", withToken(event("Started", 0, "Authorized", "TX-5", "", ""), "TAG-1"));
            assertThat(transaction("TX-5").connectorId()).isZero();
            station.call("TransactionEvent", with(event("Updated", 1, "CablePluggedIn", "TX-5",
                    ",\"chargingState\":\"EVConnected\"", energy(7000, "Transaction.Begin")),
                    "\"evse\":{\"id\":2,\"connectorId\":1}"));
            station.call("TransactionEvent", with(event("Updated", 2, "MeterValuePeriodic", "TX-5", "",
                    energy(8000, "Transaction.Begin")), "\"evse\":{\"id\":3,\"connectorId\":1}"));
            station.call("TransactionEvent", event("Ended", 3, "EVCommunicationLost", "TX-5",
                    ",\"stoppedReason\":\"EVDisconnected\"", energy(9500, "Transaction.End")));
            // a stopped transaction's booked energy stays, whatever comes after
            station.call("TransactionEvent", event("Updated", 4, "MeterValuePeriodic", "TX-5", "",
                    energy(100, "Transaction.Begin")));
        }
        Transaction transaction = transaction("TX-5");
        assertThat(transaction.connectorId()).as("placed once, on the first EVSE named").isEqualTo(2);
        assertThat(transaction.meterStartWh()).isEqualTo(8000);
        assertThat(transaction.energyWh()).hasValue(1500);
    }

    @Test
    void TC_J_01_CSMS_meterValuesOutsideATransactionAreKeptAgainstTheEvseWithTheMultiplierApplied() {
        try (TestStation station = gateway.station201("CP-1").open()) {
            JsonNode answer = station.call("MeterValues", "{\"evseId\":2,\"meterValue\":[{\"timestamp\":"
                    + "\"2026-11-21T08:15:00Z\",\"sampledValue\":[{\"value\":12.5,\"measurand\":\"Power.Active.Import\","
                    + "\"unitOfMeasure\":{\"unit\":\"W\",\"multiplier\":3}},{\"value\":1234}]}]}");
            assertThat(answer.get(0).asInt()).isEqualTo(3);
        }
        assertThat(gateway.transactions.samplesWithoutTransaction())
                .extracting(MeterSample::measurand, MeterSample::unit, MeterSample::value)
                .containsExactly(tuple("Power.Active.Import", "W", new BigDecimal("12.5E+3")),
                        tuple("Energy.Active.Import.Register", "Wh", new BigDecimal("1234")));
    }

    /** Adds an ISO14443 idToken at the top level of a TransactionEvent payload. */
    private static String withToken(String event, String idToken) {
        return event.substring(0, event.length() - 1) + token(idToken) + "}";
    }

    /** Adds a top-level field ("\"offline\":true") to a payload. */
    private static String with(String payload, String field) {
        return payload.substring(0, payload.length() - 1) + "," + field + "}";
    }
}
