package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.station.ConnectorStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dashboard's figures, the console's settings and stations on the map. */
class ConsoleEndpointsTest {
    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void theDashboardCountsStationsByPresenceAndByTheirConnectorsStates() {
        platform.given(aStation("CP-1").withConnector(1, ConnectorStatus.CHARGING).withConnector(2, ConnectorStatus.AVAILABLE));
        platform.given(aStation("CP-2").withConnector(1, ConnectorStatus.FAULTED));
        platform.given(aStation("CP-3").withConnector(1, ConnectorStatus.AVAILABLE));
        platform.connect("CP-1");
        platform.connect("CP-2");

        JsonNode dashboard = api.get("/api/v1/dashboard").json();

        assertThat(dashboard.path("stations").path("total").asLong()).isEqualTo(3);
        assertThat(dashboard.path("stations").path("online").asLong()).isEqualTo(2);
        assertThat(dashboard.path("stations").path("offline").asLong()).isEqualTo(1);
        assertThat(dashboard.path("stations").path("charging").asLong()).isEqualTo(1);
        assertThat(dashboard.path("stations").path("faulted").asLong()).isEqualTo(1);
        assertThat(dashboard.path("connectors").path("total").asLong()).isEqualTo(4);
        assertThat(dashboard.path("utilizationPercent").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(dashboard.path("revenue").isArray()).as("nothing priced yet").isTrue();
        assertThat(dashboard.path("revenue")).isEmpty();
    }

    @Test
    void aDashboardSinceTheFutureIsABadRequestNamingSince() {
        ApiResponse response = api.get("/api/v1/dashboard?since=2030-01-01T00:00:00Z");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("since");
    }

    @Test
    void theConsoleLearnsTheTileServerTheTimeZoneAndWhereStationsConnect() {
        JsonNode settings = api.get("/api/v1/console/settings").json();

        assertThat(settings.path("tileUrl").asText()).isEqualTo("https://tiles.example/{z}/{x}/{y}.png");
        assertThat(settings.path("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(settings.path("ocppUrl").asText()).isEqualTo("ws://cs.example:8180/ocpp");
    }

    @Test
    void aPlacedStationIsAMarkerInItsAreaColouredByItsMostUrgentConnector() {
        platform.given(aStation("CP-1").withConnector(1, ConnectorStatus.AVAILABLE).withConnector(2, ConnectorStatus.CHARGING));
        platform.given(aStation("CP-2"));
        platform.connect("CP-1");

        assertThat(api.send("PUT", "/api/v1/stations/CP-1/location", "{\"latitude\":31.23,\"longitude\":121.47}").status())
                .isEqualTo(200);
        api.send("PUT", "/api/v1/stations/CP-2/location", "{\"latitude\":52.52,\"longitude\":13.40}");

        JsonNode shanghai = api.get("/api/v1/map/markers?south=30&west=120&north=32&east=122").json();
        assertThat(shanghai.path("items")).hasSize(1);
        JsonNode marker = shanghai.path("items").get(0);
        assertThat(marker.path("stationId").asText()).isEqualTo("CP-1");
        assertThat(marker.path("latitude").asDouble()).isEqualTo(31.23);
        assertThat(marker.path("connected").asBoolean()).isTrue();
        assertThat(marker.path("status").asText()).isEqualTo("Charging");
        assertThat(shanghai.path("truncated").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/map/markers?limit=1").json().path("truncated").asBoolean()).isTrue();
    }

    @Test
    void aLocationOffTheGlobeIsRefusedNamingTheFieldAndNothingIsSaved() {
        platform.given(aStation("CP-1"));

        ApiResponse response = api.send("PUT", "/api/v1/stations/CP-1/location", "{\"latitude\":95,\"longitude\":10}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("latitude");
        assertThat(api.get("/api/v1/stations/CP-1/location").status()).isEqualTo(404);
    }

    @Test
    void anUnknownStationCannotBePlaced() {
        ApiResponse response = api.send("PUT", "/api/v1/stations/NOPE/location", "{\"latitude\":1,\"longitude\":2}");

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aStationTakenOffTheMapIsNoMarker() {
        platform.given(aStation("CP-1"));
        api.send("PUT", "/api/v1/stations/CP-1/location", "{\"latitude\":1,\"longitude\":2}");

        assertThat(api.delete("/api/v1/stations/CP-1/location").status()).isEqualTo(204);

        assertThat(api.get("/api/v1/map/markers").json().path("items")).isEmpty();
    }

    @Test
    void aMapAreaWithANonNumberIsABadRequestNamingTheField() {
        ApiResponse response = api.get("/api/v1/map/markers?south=abc");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("south");
    }
}
