package io.gridcharge.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.charging.OrphanStop;
import io.gridcharge.domain.station.StationId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrphanStopEndpointsTest {
    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void stopsOfUnknownTransactionsAreListedAsTheStationReportedThem() {
        platform.orphanStops.record(new OrphanStop(0, StationId.of("CP-1"), 4711, 9_000, TestPlatform.NOW,
                "PowerLoss", null, 3, TestPlatform.NOW));
        platform.orphanStops.record(new OrphanStop(0, StationId.of("CP-2"), 12, 100, TestPlatform.NOW,
                "Local", null, 0, TestPlatform.NOW));

        var ofCp1 = api.get("/api/v1/orphan-stops?stationId=CP-1");
        var all = api.get("/api/v1/orphan-stops");

        assertThat(ofCp1.status()).isEqualTo(200);
        assertThat(ofCp1.json().path("items")).singleElement().satisfies(stop -> {
            assertThat(stop.path("transactionId").asLong()).isEqualTo(4711);
            assertThat(stop.path("meterStopWh").asLong()).isEqualTo(9_000);
            assertThat(stop.path("reason").asText()).isEqualTo("PowerLoss");
            assertThat(stop.path("samples").asInt()).isEqualTo(3);
        });
        assertThat(all.json().path("total").asInt()).isEqualTo(2);
    }
}
