package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.monitoring.AlarmRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input to the 2.0.1 report and alarm routes is refused with the field named, and changes nothing. */
class StationReportEndpointsTest {
    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @BeforeEach
    void registeredStation() {
        platform.given(aStation("CP-1"));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    private static String field(ApiResponse response) {
        return response.json().path("errors").get(0).path("field").asText();
    }

    @Test
    void theReadsOfAnUnknownStationAre404() {
        for (String read : new String[] {"events", "monitors", "charging-limits", "ev-charging-needs",
                "ev-charging-schedules", "reported-charging-profiles", "customer-information/1"}) {
            assertThat(api.get("/api/v1/stations/NO-SUCH/" + read).status()).as(read).isEqualTo(404);
        }
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        ApiResponse evse = api.get("/api/v1/stations/CP-1/events?evseId=one");
        ApiResponse order = api.get("/api/v1/stations/CP-1/events?from=2026-11-21T10:00:00Z&to=2026-11-21T09:00:00Z");
        ApiResponse cleared = api.get("/api/v1/stations/CP-1/charging-limits?includeCleared=maybe");
        ApiResponse request = api.get("/api/v1/stations/CP-1/customer-information/99999999999");

        assertThat(evse.status()).isEqualTo(400);
        assertThat(field(evse)).isEqualTo("evseId");
        assertThat(order.status()).isEqualTo(400);
        assertThat(cleared.status()).isEqualTo(400);
        assertThat(field(cleared)).isEqualTo("includeCleared");
        assertThat(field(request)).isEqualTo("requestId");
    }

    @Test
    void aRuleThatNamesNothingOrAnImpossibleSeverityOrAnUnknownStationIsRefusedAndNotKept() {
        ApiResponse nothing = api.post("/api/v1/alarm-rules", "{\"component\": \" \"}");
        ApiResponse severity = api.post("/api/v1/alarm-rules", "{\"maxSeverity\": 10}");
        ApiResponse unknown = api.post("/api/v1/alarm-rules", "{\"stationId\": \"NO-SUCH\", \"maxSeverity\": 1}");
        ApiResponse kept = api.post("/api/v1/alarm-rules", "{\"variable\": \"Problem\"}");

        assertThat(nothing.status()).isEqualTo(400);
        assertThat(field(nothing)).isEqualTo("component");
        assertThat(severity.status()).isEqualTo(400);
        assertThat(field(severity)).isEqualTo("maxSeverity");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(kept.status()).isEqualTo(201);
        assertThat(platform.monitoring.rules()).extracting(AlarmRule::variableName).containsExactly("Problem");
        assertThat(api.delete("/api/v1/alarm-rules/" + kept.json().path("id").asLong()).status()).isEqualTo(204);
        assertThat(api.delete("/api/v1/alarm-rules/" + kept.json().path("id").asLong()).status()).isEqualTo(404);
    }

    @Test
    void theEventsOfAnUnknownTransactionAre404() {
        assertThat(api.get("/api/v1/transactions/12345/events").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/transactions/abc/events").status()).isEqualTo(400);
    }
}
