package io.gridcharge.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.sim.charger.CompletedTransaction;
import io.gridcharge.sim.charger.VisitOutcome;
import io.gridcharge.sim.ocpp16.Ocpp16Station;
import io.gridcharge.sim.run.FleetProtocol;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: a short scenario at 1200x against the whole platform over real OCPP. Four dual-connector chargers on
 * a 4G link with an outage every two simulated hours per station (so queued messages are replayed), morning
 * arrivals at a workplace lot ({@link ParkingLotRun}).
 */
class SimulatorAgainstThePlatformIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    @TempDir
    static Path directory;

    private static ParkingLotRun lot;

    @BeforeAll
    static void runTheScenarioAgainstThePlatform() throws Exception {
        lot = ParkingLotRun.against(PLATFORM, directory, "it-lot", "IT-", FleetProtocol.OCPP16);
    }

    @Test
    void theMeteredEnergyIsTheEnergyThatWentIntoTheBatteries() {
        long metered = lot.simulated().stream().mapToLong(CompletedTransaction::energyWh).sum();
        long intoBatteries = lot.outcome().result().outcomes().values().stream().flatMap(List::stream)
                .mapToLong(VisitOutcome::deliveredWh).sum();

        assertThat(lot.outcome().unsent()).isZero();
        assertThat(lot.outcome().stations().values().stream().mapToLong(s -> s.outages()).sum()).isPositive();
        assertThat(metered).isPositive().isEqualTo(intoBatteries);
    }

    @Test
    void everySimulatedTransactionIsRecordedByThePlatformWithItsEnergy() {
        ApiClient admin = PLATFORM.admin();
        Map<Long, JsonNode> recorded = new HashMap<>();
        for (JsonNode tx : admin.get("/api/v1/transactions?size=200").body().path("items")) {
            recorded.put(tx.path("id").asLong(), tx);
        }
        List<CompletedTransaction> simulated = lot.simulated();

        assertThat(simulated).hasSizeGreaterThanOrEqualTo(4);
        assertThat(recorded).hasSize(simulated.size());
        for (CompletedTransaction done : simulated) {
            var station = (Ocpp16Station) lot.outcome().stations().get(done.transaction().stationId());
            long id = station.transactionId(done.transaction().localId()).orElseThrow();
            JsonNode tx = recorded.get(id);
            assertThat(tx).as("transaction %d of %s", id, done.transaction().stationId()).isNotNull();
            assertThat(tx.path("stationId").asText()).isEqualTo(done.transaction().stationId());
            assertThat(tx.path("connectorId").asInt()).isEqualTo(done.transaction().connectorId());
            assertThat(tx.path("idToken").asText()).isEqualTo(done.transaction().idTag());
            assertThat(tx.path("meterStart").asLong()).isEqualTo(done.transaction().meterStartWh());
            assertThat(tx.path("meterStop").asLong()).isEqualTo(done.meterStopWh());
            assertThat(tx.path("energyWh").asLong()).isEqualTo(done.energyWh());
        }
    }

    @Test
    void everyStationBootedAsTheSimulatedChargerAndItsMeterValuesReachedTheTransaction() {
        ApiClient admin = PLATFORM.admin();
        JsonNode stations = admin.get("/api/v1/stations?size=50").body().path("items");
        CompletedTransaction longest = lot.simulated().stream()
                .max(java.util.Comparator.comparingLong(CompletedTransaction::energyWh)).orElseThrow();
        long id = ((Ocpp16Station) lot.outcome().stations().get(longest.transaction().stationId()))
                .transactionId(longest.transaction().localId()).orElseThrow();

        JsonNode samples = admin.get("/api/v1/transactions/" + id).body().path("samples");

        assertThat(stations).hasSize(4).allSatisfy(station -> {
            assertThat(station.path("registration").asText()).isEqualTo("Accepted");
            assertThat(station.path("boot").path("model").asText()).isEqualTo("SimCharger");
        });
        List<Long> registers = new java.util.ArrayList<>();
        for (JsonNode sample : samples) {
            if (sample.path("measurand").asText().equals("Energy.Active.Import.Register")) {
                registers.add(sample.path("value").asLong());
            }
        }
        assertThat(registers).isNotEmpty().isSorted()
                .allSatisfy(wh -> assertThat(wh)
                        .isBetween(longest.transaction().meterStartWh(), longest.meterStopWh()));
    }
}
