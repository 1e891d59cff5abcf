package io.gridcharge.app.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.sim.charger.CompletedTransaction;
import io.gridcharge.sim.ocpp16.Ocpp16Station;
import io.gridcharge.sim.ocpp201.Ocpp201Station;
import io.gridcharge.sim.run.FleetProtocol;
import io.gridcharge.sim.station.SimulatedStation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4: the simulator's mixed fleet ({@code --ocpp mixed}) against the whole platform over real OCPP, at
 * 1200x: four dual-connector chargers on a 4G link with outages, every other one speaking OCPP 2.0.1. An operator
 * sees each station under the version it spoke, and every charge of either version recorded with its energy.
 */
class MixedFleetAgainstThePlatformIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    @TempDir
    static Path directory;

    private static ParkingLotRun lot;

    @BeforeAll
    static void runTheMixedFleetAgainstThePlatform() throws Exception {
        lot = ParkingLotRun.against(PLATFORM, directory, "it-mixed-lot", "MIX-", FleetProtocol.MIXED);
    }

    private static SimulatedStation stationOf(CompletedTransaction done) {
        return lot.outcome().stations().get(done.transaction().stationId());
    }

    /** The platform's record of a simulated transaction: by its id (1.6) or by the station's own id (2.0.1). */
    private static JsonNode recorded(List<JsonNode> transactions, CompletedTransaction done) {
        SimulatedStation station = stationOf(done);
        int localId = done.transaction().localId();
        return switch (station) {
            case Ocpp16Station v16 -> {
                long id = v16.transactionId(localId).orElseThrow();
                yield transactions.stream().filter(tx -> tx.path("id").asLong() == id).findFirst().orElse(null);
            }
            case Ocpp201Station v201 -> {
                String id = v201.transactionId(localId).orElseThrow();
                yield transactions.stream().filter(tx -> tx.path("stationTransactionId").asText().equals(id)
                        && tx.path("stationId").asText().equals(v201.stationId())).findFirst().orElse(null);
            }
            default -> throw new IllegalStateException("a station of no known version: " + station);
        };
    }

    private static List<JsonNode> transactions() {
        List<JsonNode> all = new ArrayList<>();
        PLATFORM.admin().get("/api/v1/transactions?size=200").body().path("items").forEach(all::add);
        return all;
    }

    @Test
    void everyOtherStationIsShownAsAnOcpp201StationAndTheOthersAs16() {
        ApiClient admin = PLATFORM.admin();

        List<String> versions = new ArrayList<>();
        for (SimulatedStation station : lot.outcome().stations().values()) {
            JsonNode shown = admin.get("/api/v1/stations/" + station.stationId()).body();
            assertThat(shown.path("registration").asText()).isEqualTo("Accepted");
            assertThat(shown.path("boot").path("model").asText()).isEqualTo("SimCharger");
            assertThat(shown.path("protocol").asText()).as(station.stationId())
                    .isEqualTo(station.version() == OcppVersion.V201 ? "ocpp2.0.1" : "ocpp1.6");
            versions.add(shown.path("protocol").asText());
        }

        assertThat(versions).containsExactly("ocpp1.6", "ocpp2.0.1", "ocpp1.6", "ocpp2.0.1");
    }

    @Test
    void everyChargeOfEitherVersionIsRecordedWithTheEnergyItsMeterCounted() {
        List<JsonNode> transactions = transactions();
        List<CompletedTransaction> simulated = lot.simulated();

        assertThat(lot.outcome().unsent()).isZero();
        assertThat(lot.outcome().stations().values().stream().mapToLong(SimulatedStation::outages).sum()).isPositive();
        assertThat(simulated).filteredOn(done -> stationOf(done).version() == OcppVersion.V201)
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(transactions).hasSize(simulated.size());
        for (CompletedTransaction done : simulated) {
            JsonNode tx = recorded(transactions, done);
            assertThat(tx).as("transaction %d of %s", done.transaction().localId(), done.transaction().stationId())
                    .isNotNull();
            assertThat(tx.path("status").asText()).isEqualTo("Completed");
            assertThat(tx.path("connectorId").asInt()).isEqualTo(done.transaction().connectorId());
            assertThat(tx.path("idToken").asText()).isEqualTo(done.transaction().idTag());
            assertThat(tx.path("meterStart").asLong()).isEqualTo(done.transaction().meterStartWh());
            assertThat(tx.path("meterStop").asLong()).isEqualTo(done.meterStopWh());
            assertThat(tx.path("energyWh").asLong()).isEqualTo(done.energyWh());
        }
    }

    @Test
    void eachOcpp201TransactionsEventsArriveNumberedWithoutAGapThoseOfOutagesMarkedOffline() {
        List<JsonNode> transactions = transactions();
        ApiClient admin = PLATFORM.admin();
        int events = 0;
        int offline = 0;

        for (CompletedTransaction done : lot.simulated()) {
            if (stationOf(done).version() != OcppVersion.V201) {
                continue;
            }
            JsonNode log = admin.get("/api/v1/transactions/" + recorded(transactions, done).path("id").asLong()
                    + "/events").body();
            List<Integer> seqNos = new ArrayList<>();
            log.path("items").forEach(e -> seqNos.add(e.path("seqNo").asInt()));
            assertThat(log.path("missingSeqNos")).isEmpty();
            assertThat(seqNos).first().isEqualTo(0);
            assertThat(seqNos).doesNotHaveDuplicates().hasSizeGreaterThan(2);
            assertThat(log.path("items").get(0).path("eventType").asText()).isEqualTo("Started");
            assertThat(log.path("items").get(seqNos.size() - 1).path("eventType").asText()).isEqualTo("Ended");
            events += seqNos.size();
            for (JsonNode event : log.path("items")) {
                offline += event.path("offline").asBoolean() ? 1 : 0;
            }
        }

        // The outages are drawn from the seed in simulated time, and so are the events that fall into them.
        assertThat(offline).isPositive().isLessThan(events);
    }
}
