package io.gridcharge.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.sim.grid.Network;
import io.gridcharge.sim.grid.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosTest {
    @TempDir
    Path directory;

    @Test
    void theThreeBundledScenariosBuildTheirScenes() {
        Network street = new NetworkBuilder(1).build(Scenarios.load("residential-street"));
        Network lot = new NetworkBuilder(1).build(Scenarios.load("workplace-lot"));
        Network district = new NetworkBuilder(1).build(Scenarios.load("district-feeder"));

        assertThat(street.sites()).hasSize(12).allMatch(site -> site.kind() == Site.Kind.HOME);
        assertThat(lot.chargers()).hasSize(22);
        assertThat(district.feeders()).hasSize(2);
        assertThat(district.sites()).extracting(Site::kind).contains(Site.Kind.HOME, Site.Kind.PARKING_LOT);
        assertThat(district.idTags()).isNotEmpty().allMatch(tag -> tag.length() <= 20);
    }

    @Test
    void aMisspeltKeyIsAnErrorNotASilentDefault() throws IOException {
        Path file = directory.resolve("bad.yaml");
        Files.writeString(file, "name: bad\nstart: 2021-06-15T00:00:00Z\nhourz: 3\nfeeders: []\n");

        assertThatThrownBy(() -> Scenarios.load(file.toString())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hourz");
    }

    @Test
    void anUnknownScenarioNamesTheBundledOnes() {
        assertThatThrownBy(() -> Scenarios.load("no-such-scenario"))
                .hasMessageContaining("residential-street, workplace-lot, district-feeder");
    }

    @Test
    void aParkingLotTakesItsArrivalsFromAnAcnDataTraceDay() throws IOException {
        Path trace = directory.resolve("sessions.json");
        Files.writeString(trace, """
                [{"connectionTime": "Tue, 04 May 2021 15:30:00 GMT", "disconnectTime": "Tue, 04 May 2021 23:30:00 GMT",
                  "kWhDelivered": 9.5, "userID": "000000915", "sessionID": "a",
                  "userInputs": [{"kWhRequested": 20.0}]},
                 {"connectionTime": "Tue, 04 May 2021 17:00:00 GMT", "disconnectTime": "Wed, 05 May 2021 01:00:00 GMT",
                  "kWhDelivered": 7.25, "userID": null, "sessionID": "b", "userInputs": null},
                 {"connectionTime": "Wed, 05 May 2021 16:00:00 GMT", "disconnectTime": "Wed, 05 May 2021 20:00:00 GMT",
                  "kWhDelivered": 3.0, "userID": "7", "sessionID": "c"}]
                """);

        Network lot = new NetworkBuilder(1, trace, LocalDate.of(2021, 5, 4)).build(Scenarios.load("workplace-lot"));

        var visits = lot.sites().getFirst().plannedVisits();
        assertThat(visits).hasSize(2);
        // 15:30 GMT is 08:30 in Los Angeles; laid onto the scenario's day at 08:30 in Munich.
        assertThat(visits.getFirst().arrival()).isEqualTo(java.time.Instant.parse("2021-06-15T06:30:00Z"));
        assertThat(visits.getFirst().requestedWh()).isEqualTo(20_000);
        assertThat(visits.getFirst().idTag()).isEqualTo("SIMLOT-915");
        assertThat(visits.get(1).requestedWh()).isEqualTo(7_250);
    }
}
