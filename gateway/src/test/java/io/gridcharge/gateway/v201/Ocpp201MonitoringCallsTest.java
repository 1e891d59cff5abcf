package io.gridcharge.gateway.v201;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import io.gridcharge.ocpp.json.OcppJson;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** N06 ClearVariableMonitoring through the generic OCPP endpoint, kept to the station's ItemsPerMessage. */
class Ocpp201MonitoringCallsTest {
    private static final StationId CP_1 = StationId.of("CP-1");

    private final GatewayFixture gateway = aGateway()
            .withStation("CP-1")
            .withCallTimeout(Duration.ofMillis(500))
            .start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    private TestStation bootedStation() {
        TestStation station = gateway.station201("CP-1").open();
        assertThat(station.call("BootNotification", Ocpp201CsmsConformanceTest.BOOT).get(2).get("status").asText())
                .isEqualTo("Accepted");
        return station.answering("ClearVariableMonitoring", Ocpp201MonitoringCallsTest::clearingEach);
    }

    private JsonNode clear(String ids) {
        return readTree(gateway.commands.sendRaw(CP_1, "ClearVariableMonitoring", "{\"id\":" + ids + "}").join());
    }

    /** Answers every id Accepted but 99, which is NotFound. */
    private static String clearingEach(JsonNode request) {
        StringBuilder results = new StringBuilder();
        for (JsonNode id : request.get("id")) {
            results.append(results.isEmpty() ? "" : ",").append("{\"status\":\"")
                    .append(id.asInt() == 99 ? "NotFound" : "Accepted").append("\",\"id\":").append(id).append("}");
        }
        return "{\"clearMonitoringResult\":[" + results + "]}";
    }

    private static Function<JsonNode, String> itemsPerMessage(String status, String value) {
        return request -> "{\"getVariableResult\":[{\"attributeStatus\":\"" + status + "\",\"attributeValue\":\""
                + value + "\",\"component\":" + request.at("/getVariableData/0/component") + ",\"variable\":"
                + request.at("/getVariableData/0/variable") + "}]}";
    }

    private static JsonNode readTree(String json) {
        try {
            return OcppJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(json, e);
        }
    }

    @Test
    void TC_N_18_CSMS_moreIdsThanTheStationTakesInOneMessageAreClearedInSeveralRequestsAnsweredAsOne() {
        try (TestStation station = bootedStation().answering("GetVariables", itemsPerMessage("Accepted", "3"))) {
            JsonNode answer = clear("[1,2,3,4,5,6,99]");

            JsonNode asked = station.callsReceived("GetVariables").getFirst().get(3).get("getVariableData").get(0);
            assertThat(asked.get("component").get("name").asText()).isEqualTo("MonitoringCtrlr");
            assertThat(asked.get("variable").get("name").asText()).isEqualTo("ItemsPerMessage");
            assertThat(asked.get("variable").get("instance").asText()).isEqualTo("ClearVariableMonitoring");
            assertThat(station.callsReceived("ClearVariableMonitoring")).extracting(call -> call.get(3).get("id")
                    .toString()).containsExactly("[1,2,3]", "[4,5,6]", "[99]");
            assertThat(answer.get("clearMonitoringResult").findValuesAsText("id"))
                    .containsExactly("1", "2", "3", "4", "5", "6", "99");
            assertThat(answer.get("clearMonitoringResult").get(6).get("status").asText()).isEqualTo("NotFound");
        }
    }

    @Test
    void aStationThatDoesNotSayItsLimitIsSentEveryIdInOneRequest() {
        try (TestStation station = bootedStation().refusing("GetVariables", "NotImplemented", "no device model")) {
            JsonNode answer = clear("[1,2,3]");

            assertThat(station.callsReceived("ClearVariableMonitoring")).extracting(call -> call.get(3).get("id")
                    .toString()).containsExactly("[1,2,3]");
            assertThat(answer.get("clearMonitoringResult")).hasSize(3);
        }
    }

    @Test
    void aLimitThatIsNoPositiveNumberIsNoLimit() {
        try (TestStation station = bootedStation().answering("GetVariables", itemsPerMessage("Accepted", "0"))) {
            clear("[1,2]");

            assertThat(station.callsReceived("ClearVariableMonitoring")).hasSize(1);
        }
    }

    @Test
    void oneIdIsClearedWithoutAskingTheLimit() {
        try (TestStation station = bootedStation()) {
            JsonNode answer = clear("[7]");

            assertThat(station.callsReceived("GetVariables")).isEmpty();
            assertThat(answer.get("clearMonitoringResult").findValuesAsText("status")).containsExactly("Accepted");
        }
    }

    @Test
    void aPayloadBreakingTheSchemaIsRefusedBeforeTheStationIsAskedAnything() {
        try (TestStation station = bootedStation()) {
            assertThatThrownBy(() -> clear("[]")).isInstanceOfSatisfying(InvalidInput.class,
                    invalid -> assertThat(invalid.field()).contains("id"));

            assertThat(station.callsReceived("GetVariables")).isEmpty();
            assertThat(station.callsReceived("ClearVariableMonitoring")).isEmpty();
        }
    }
}
