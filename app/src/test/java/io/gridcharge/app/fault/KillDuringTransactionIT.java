package io.gridcharge.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.app.conformance.ScriptedStation;
import io.gridcharge.app.testing.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 2's crash test: the platform is killed with SIGKILL in the middle of a transaction, started again on the
 * same data directory (its embedded PostgreSQL, left running by the dead JVM, is found and stopped first), and the
 * station finishes the transaction. Nothing acknowledged is lost and nothing is booked twice.
 */
class KillDuringTransactionIT {
    private static final String STATION_PASSWORD = "crash-station-secret";

    @Test
    void aTransactionAcknowledgedBeforeAKillIsFinishedAfterTheRestartWithTheRightEnergyAndNoDuplicate() throws Exception {
        Path dataDir = Files.createDirectories(Path.of("target", "crash-test", "run-" + System.nanoTime()));
        Path log = dataDir.resolve("platform.log");
        int httpPort = PlatformProcess.freePort();
        int ocppPort = PlatformProcess.freePort();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> startTransaction = Map.of("connectorId", 1, "idTag", "CRASH-CARD", "meterStart", 1_000,
                "timestamp", start.toString());

        int transactionId;
        PlatformProcess first = PlatformProcess.start(dataDir, httpPort, ocppPort, log);
        ApiClient api = first.admin();
        api.post("/api/v1/stations", Map.of("id", "CRASH-1", "password", STATION_PASSWORD));
        api.post("/api/v1/id-tokens", Map.of("idToken", "CRASH-CARD"));
        try (ScriptedStation station = ScriptedStation.connect(first.ocppUrl(), "CRASH-1", STATION_PASSWORD)) {
            station.call("BootNotification", Map.of("chargePointVendor", "Acme", "chargePointModel", "W7"));
            transactionId = station.call("StartTransaction", startTransaction).payload().path("transactionId").asInt();
            station.call("MeterValues", Map.of("connectorId", 1, "transactionId", transactionId, "meterValue", List.of(
                    Map.of("timestamp", start.plusSeconds(60).toString(), "sampledValue", List.of(
                            Map.of("value", "1400", "measurand", "Energy.Active.Import.Register", "unit", "Wh"))))));
            first.kill();
        }

        try (PlatformProcess second = PlatformProcess.start(dataDir, httpPort, ocppPort, log);
             ScriptedStation station = ScriptedStation.connect(second.ocppUrl(), "CRASH-1", STATION_PASSWORD)) {
            station.call("BootNotification", Map.of("chargePointVendor", "Acme", "chargePointModel", "W7"));
            // The station never saw the answer to its start before the crash, so it sends it again.
            int resent = station.call("StartTransaction", startTransaction).payload().path("transactionId").asInt();
            station.call("StopTransaction", Map.of("transactionId", transactionId, "meterStop", 9_000,
                    "timestamp", start.plusSeconds(1200).toString(), "reason", "Local"));

            ApiClient after = second.admin();
            var transaction = after.get("/api/v1/transactions/" + transactionId).body();
            assertThat(resent).isEqualTo(transactionId);
            assertThat(transaction.path("energyWh").asLong()).isEqualTo(8_000);
            assertThat(transaction.path("samples").findValuesAsText("value")).containsExactly("1400");
            assertThat(after.get("/api/v1/transactions?stationId=CRASH-1").body().path("total").asInt()).isEqualTo(1);
            assertThat(station.schemaFailures()).isEmpty();
        }
        assertThat(Files.readString(log)).contains("GridCharge stopped");
    }
}
