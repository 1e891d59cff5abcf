package io.gridcharge.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.bench.BenchReport;
import io.gridcharge.bench.BenchSettings;
import io.gridcharge.bench.Benchmark;
import io.gridcharge.bench.LoadGenerator;
import io.gridcharge.bench.Mix;
import io.gridcharge.ocpp.OcppVersion;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 5: the benchmark's transaction mix against the whole platform is a run of real charging sessions, not
 * of refusals: every station charges with its own card, so the platform accepts each start and books it.
 */
class BenchAgainstThePlatformIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    private static final int STATIONS = 12;

    @Test
    void theTransactionMixRunsAcceptedSessionsOnEveryStationWithoutErrors() throws Exception {
        BenchSettings settings = new BenchSettings(URI.create(PLATFORM.ocppUrl()), STATIONS, null, STATIONS,
                Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(3), Mix.parse("tx=1"),
                Duration.ofSeconds(10), BenchSettings.DEFAULT_ID_TAG, null, null, null, null);

        BenchReport report = new Benchmark(line -> { }).run(settings, URI.create(PLATFORM.httpUrl()),
                PlatformFixture.ADMIN_PASSWORD, false, false);

        LoadGenerator.Outcome outcome = report.runs().getFirst().outcome();
        assertThat(outcome.ready()).isEqualTo(STATIONS);
        assertThat(outcome.mixStats().failures()).isEmpty();
        assertThat(outcome.mixStats().latencies()).containsKeys("Authorize", "StartTransaction", "StopTransaction");

        ApiClient api = PLATFORM.admin();
        JsonNode first = api.get("/api/v1/transactions?stationId=" + BenchSettings.stationId(1)).body();
        assertThat(first.path("total").asInt()).isPositive();
        JsonNode transaction = first.path("items").get(0);
        assertThat(transaction.path("idToken").asText()).isEqualTo(settings.idTagOf(1));
    }

    @Test
    void stationsSpeakingOcpp201RunTheSameSessionsAsTransactionEventsAndTheEnergyIsBooked() throws Exception {
        BenchSettings settings = new BenchSettings(URI.create(PLATFORM.ocppUrl()), STATIONS, null, STATIONS,
                Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(3), Mix.parse("tx=1"),
                Duration.ofSeconds(10), BenchSettings.DEFAULT_ID_TAG, null, null, null, null, OcppVersion.V201);

        BenchReport report = new Benchmark(line -> { }).run(settings, URI.create(PLATFORM.httpUrl()),
                PlatformFixture.ADMIN_PASSWORD, false, false);

        LoadGenerator.Outcome outcome = report.runs().getFirst().outcome();
        assertThat(outcome.ready()).isEqualTo(STATIONS);
        assertThat(outcome.mixStats().failures()).isEmpty();
        assertThat(outcome.mixStats().latencies()).containsKeys("Authorize", "TransactionEvent");

        // The station names its transactions (BENCH-00002-1, -2, ...); each meters 10 Wh between start and end.
        JsonNode page = PLATFORM.admin().get("/api/v1/transactions?stationId=" + BenchSettings.stationId(2)
                + "&size=100").body();
        List<JsonNode> completed = new ArrayList<>();
        page.path("items").forEach(t -> {
            if (t.path("stationTransactionId").asText().startsWith(BenchSettings.stationId(2) + "-")
                    && "Completed".equalsIgnoreCase(t.path("status").asText())) {
                completed.add(t);
            }
        });
        assertThat(completed).isNotEmpty().allSatisfy(t -> {
            assertThat(t.path("idToken").asText()).isEqualTo(settings.idTagOf(2));
            assertThat(t.path("energyWh").asLong()).isEqualTo(10);
        });
    }
}
