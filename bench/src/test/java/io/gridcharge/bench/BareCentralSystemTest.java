package io.gridcharge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.v16.core.BootNotificationResponse;
import org.junit.jupiter.api.Test;

class BareCentralSystemTest {
    private final BareCentralSystem bare = new BareCentralSystem();

    @Test
    void answersABootNotificationWithAValidAcceptedCallResultForTheSameMessageId() throws Exception {
        String answer = bare.answer("[2,\"42\",\"BootNotification\",{\"chargePointVendor\":\"V\",\"chargePointModel\":\"M\"}]");

        JsonNode frame = OcppJson.mapper().readTree(answer);
        assertThat(frame.get(0).intValue()).isEqualTo(3);
        assertThat(frame.get(1).textValue()).isEqualTo("42");
        BootNotificationResponse response = OcppJson.decode(frame.get(2), BootNotificationResponse.class);
        assertThat(response.status().name()).isEqualTo("Accepted");
        assertThat(response.interval()).isPositive();
    }

    @Test
    void answersAnActionItDoesNotKnowWithCallErrorNotImplemented() throws Exception {
        JsonNode frame = OcppJson.mapper().readTree(bare.answer("[2,\"7\",\"DataTransfer\",{\"vendorId\":\"x\"}]"));

        assertThat(frame.get(0).intValue()).isEqualTo(4);
        assertThat(frame.get(1).textValue()).isEqualTo("7");
        assertThat(frame.get(2).textValue()).isEqualTo("NotImplemented");
    }
}
