package io.gridcharge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.ocpp.OcppVersion;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A small run against the bare server: counts, never timings. */
class LoadGeneratorTest {

    @Test
    void everyStationBootsAndReportsThenTheMixSendsEachKindWithoutErrors() throws Exception {
        try (BareCentralSystem bare = new BareCentralSystem()) {
            int port = bare.start("127.0.0.1", 0);
            BenchSettings settings = new BenchSettings(URI.create("ws://127.0.0.1:" + port + "/ocpp"), 20, null, 5,
                    Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(1),
                    Mix.parse("heartbeat=1,status=1,meter=1,tx=1"), Duration.ofSeconds(10), BenchSettings.DEFAULT_ID_TAG,
                    null, null, null, null);

            LoadGenerator.Outcome outcome = new LoadGenerator(settings, line -> { }).run();

            assertThat(outcome.ready()).isEqualTo(20);
            assertThat(outcome.storm().latencies().get("BootNotification").getTotalCount()).isEqualTo(20);
            assertThat(outcome.storm().latencies().get("StatusNotification").getTotalCount()).isEqualTo(20);
            assertThat(outcome.mixStats().latencies()).containsKeys("Heartbeat", "StatusNotification", "MeterValues",
                    "Authorize", "StartTransaction", "StopTransaction");
            assertThat(outcome.mixStats().failureCount()).isZero();
            assertThat(outcome.disconnects()).isZero();

            BenchReport report = new BenchReport(BenchReport.Environment.current(), settings,
                    List.of(new BenchReport.Run("bare", settings.target().toString(), outcome)));
            assertThat(report.text()).contains("storm: 20 of 20 stations booted", "Heartbeat", "StopTransaction");
            assertThat(report.json().path("runs").get(0).path("mix").path("Heartbeat").path("count").asLong())
                    .isPositive();
        }
    }

    @Test
    void stationsSpeakingOcpp201BootAndRunTransactionsAsTransactionEventsWithoutErrors() throws Exception {
        try (BareCentralSystem bare = new BareCentralSystem()) {
            int port = bare.start("127.0.0.1", 0);
            BenchSettings settings = new BenchSettings(URI.create("ws://127.0.0.1:" + port + "/ocpp"), 10, null, 5,
                    Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(1),
                    Mix.parse("heartbeat=1,status=1,meter=1,tx=1"), Duration.ofSeconds(10), BenchSettings.DEFAULT_ID_TAG,
                    null, null, null, null, OcppVersion.V201);

            LoadGenerator.Outcome outcome = new LoadGenerator(settings, line -> { }).run();

            assertThat(outcome.ready()).isEqualTo(10);
            assertThat(outcome.mixStats().latencies()).containsKeys("Heartbeat", "StatusNotification", "MeterValues",
                    "Authorize", "TransactionEvent").doesNotContainKeys("StartTransaction", "StopTransaction");
            assertThat(outcome.mixStats().failureCount()).isZero();
            BenchReport report = new BenchReport(BenchReport.Environment.current(), settings,
                    List.of(new BenchReport.Run("bare", settings.target().toString(), outcome)));
            assertThat(report.text()).contains("speaking ocpp2.0.1");
        }
    }

    @Test
    void aPacedMixSendsAboutTheRateAskedForAndReportsEachInterval() throws Exception {
        try (BareCentralSystem bare = new BareCentralSystem()) {
            int port = bare.start("127.0.0.1", 0);
            // 10 stations at 20 messages/s in all: each calls every half second. Unpaced, the bare server
            // answers them thousands of times in the same two seconds.
            BenchSettings settings = new BenchSettings(URI.create("ws://127.0.0.1:" + port + "/ocpp"), 10, null, 10,
                    Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(2), Mix.parse(Mix.DEFAULT),
                    Duration.ofSeconds(10), BenchSettings.DEFAULT_ID_TAG, null, null, Duration.ofSeconds(1), 20);
            List<String> progress = new CopyOnWriteArrayList<>();

            LoadGenerator.Outcome outcome = new LoadGenerator(settings, progress::add).run();

            assertThat(outcome.mixStats().answeredCount()).isBetween(10L, 100L);
            assertThat(outcome.mixStats().failureCount()).isZero();
            assertThat(progress).filteredOn(line -> line.contains("msg/s")).hasSize(2);
        }
    }

    @Test
    void stationsTheServerRefusesAreCountedAsLostNotReady() throws Exception {
        try (BareCentralSystem bare = new BareCentralSystem()) {
            int port = bare.start("127.0.0.1", 0);
            BenchSettings settings = new BenchSettings(URI.create("ws://127.0.0.1:" + port + "/elsewhere"), 3, null, 3,
                    Duration.ofSeconds(30), Duration.ZERO, Duration.ofMillis(100), Mix.parse(Mix.DEFAULT),
                    Duration.ofSeconds(5), BenchSettings.DEFAULT_ID_TAG, null, null, null, null);

            LoadGenerator.Outcome outcome = new LoadGenerator(settings, line -> { }).run();

            assertThat(outcome.ready()).isZero();
            assertThat(outcome.lostReasons().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
        }
    }
}
