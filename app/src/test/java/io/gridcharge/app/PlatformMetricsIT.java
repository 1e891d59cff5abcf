package io.gridcharge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.client.OcppStationClient;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.ChargePointErrorCode;
import io.gridcharge.ocpp.v16.core.ChargePointStatus;
import io.gridcharge.ocpp.v16.core.RegistrationStatus;
import io.gridcharge.ocpp.v16.core.StatusNotificationRequest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What an operator's monitoring reads at /metrics about the database behind the stations (issue 5): the writes
 * the stations made, how many commits they shared, and what the database wrote in all.
 */
class PlatformMetricsIT {
    private static final String PASSWORD = "metrics-station-secret";

    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    private final ApiClient api = PLATFORM.admin();

    @Test
    void countsTheStationsWritesTheirGroupCommitsAndTheRowsTheDatabaseWrote() {
        double writesBefore = metric("gridcharge_db_group_writes_total");
        double rowsBefore = metric("gridcharge_db_rows_written_total");
        assertThat(api.post("/api/v1/stations", Map.of("id", "CP-METRICS", "password", PASSWORD)).status())
                .isEqualTo(201);

        try (OcppStationClient station = OcppStationClient.connect(URI.create(PLATFORM.ocppUrl()), "CP-METRICS",
                PASSWORD, OcppVersion.V16, (action, request) -> {
                    throw new OcppCallException(ErrorCode.NOT_SUPPORTED, action);
                }, Duration.ofSeconds(10))) {
            assertThat(station.call(BootNotificationRequest.of("Acme", "W7")).status())
                    .isEqualTo(RegistrationStatus.Accepted);
            station.call(new StatusNotificationRequest(1, ChargePointErrorCode.NoError, null,
                    ChargePointStatus.Available, Instant.now(), null, null));
        }

        assertThat(metric("gridcharge_db_group_writes_total")).as("the boot and the status")
                .isGreaterThanOrEqualTo(writesBefore + 2);
        assertThat(metric("gridcharge_db_group_commits_total")).isPositive();
        // PostgreSQL publishes its counters with a delay of up to a second.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(metric("gridcharge_db_rows_written_total")).isGreaterThan(rowsBefore));
    }

    private static double metric(String name) {
        HttpResponse<byte[]> response = PLATFORM.anonymous().getBytes("/metrics");
        for (String line : new String(response.body(), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith(name + " ")) {
                return Double.parseDouble(line.substring(name.length() + 1).trim());
            }
        }
        throw new AssertionError(name + " not in /metrics");
    }
}
