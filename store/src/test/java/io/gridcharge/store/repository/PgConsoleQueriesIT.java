package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.T0;
import static io.gridcharge.store.repository.Fixtures.aStart;
import static io.gridcharge.store.repository.Fixtures.aStation;
import static io.gridcharge.store.repository.Fixtures.aStop;
import static io.gridcharge.store.repository.Fixtures.anEnergyReading;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.charging.ChargingTotals;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.station.Connector;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.MapArea;
import io.gridcharge.domain.station.MapMarker;
import io.gridcharge.domain.station.NetworkCensus;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationLocation;
import io.gridcharge.store.TestDatabase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the operator console reads from PostgreSQL: station locations and markers, the census, charging totals. */
class PgConsoleQueriesIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private PgStationRepository stations;
    private PgStationLocations locations;
    private PgTransactionRepository transactions;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.emptyAllTables(db.jdbi());
        stations = new PgStationRepository(db.jdbi());
        locations = new PgStationLocations(db.jdbi());
        transactions = new PgTransactionRepository(db.jdbi());
    }

    @Test
    void aMarkerCarriesTheMostUrgentStateOfTheStationsConnectors() {
        stations.insert(aStation("CP-1").build());
        stations.saveConnector(StationId.of("CP-1"), connector(1, ConnectorStatus.AVAILABLE));
        stations.saveConnector(StationId.of("CP-1"), connector(2, ConnectorStatus.CHARGING));
        stations.insert(aStation("CP-2").build());
        locations.save(new StationLocation(StationId.of("CP-1"), 31.23, 121.47));
        locations.save(new StationLocation(StationId.of("CP-2"), 31.20, 121.40));

        List<MapMarker> markers = locations.within(new MapArea(31, 121, 32, 122), 10);

        assertThat(markers).extracting(m -> m.location().stationId().value()).containsExactly("CP-1", "CP-2");
        assertThat(markers.get(0).headline()).contains(ConnectorStatus.CHARGING);
        assertThat(markers.get(1).headline()).isEmpty();
    }

    @Test
    void onlyTheStationsInsideTheAreaAreMarkersAndTheLimitHolds() {
        for (String id : List.of("CP-1", "CP-2", "CP-3")) {
            stations.insert(aStation(id).build());
        }
        locations.save(new StationLocation(StationId.of("CP-1"), 52.52, 13.40));
        locations.save(new StationLocation(StationId.of("CP-2"), 48.14, 11.58));
        locations.save(new StationLocation(StationId.of("CP-3"), -33.87, 151.21));

        assertThat(locations.within(new MapArea(45, 5, 55, 15), 10)).hasSize(2);
        assertThat(locations.within(MapArea.WORLD, 1)).hasSize(1);
        assertThat(locations.within(new MapArea(-40, 150, -30, -170), 10))
                .extracting(m -> m.location().stationId().value()).containsExactly("CP-3");
    }

    @Test
    void aStationIsPlacedMovedAndTakenOff() {
        stations.insert(aStation("CP-1").build());
        StationId id = StationId.of("CP-1");

        locations.save(new StationLocation(id, 1, 2));
        locations.save(new StationLocation(id, 3, 4));
        assertThat(locations.find(id)).contains(new StationLocation(id, 3, 4));

        assertThat(locations.remove(id)).isTrue();
        assertThat(locations.find(id)).isEqualTo(Optional.empty());
        assertThat(locations.remove(id)).isFalse();
    }

    @Test
    void theCensusCountsRealConnectorsAndTheStationsChargingOrFaulted() {
        stations.insert(aStation("CP-1").build());
        stations.saveConnector(StationId.of("CP-1"), connector(0, ConnectorStatus.AVAILABLE));
        stations.saveConnector(StationId.of("CP-1"), connector(1, ConnectorStatus.CHARGING));
        stations.saveConnector(StationId.of("CP-1"), connector(2, ConnectorStatus.CHARGING));
        stations.insert(aStation("CP-2").build());
        stations.saveConnector(StationId.of("CP-2"), connector(1, ConnectorStatus.FAULTED));
        stations.insert(aStation("CP-3").build());

        NetworkCensus census = new PgStationCensus(db.jdbi()).take();

        assertThat(census).isEqualTo(new NetworkCensus(3, 3, 2, 1, 1));
        assertThat(census.utilizationPerMille()).isEqualTo(666);
    }

    @Test
    void theTotalsCountSessionsStartedSinceAndEnergyOfEndedAndRunningOnes() {
        var yesterday = transactions.start(aStart("CP-1").meterStart(1_000).at(minutes(-24 * 60)).build());
        transactions.stop(yesterday.id(), aStop(4_000, minutes(-23 * 60)), List.of());
        var ended = transactions.start(aStart("CP-1").onConnector(2).meterStart(10_000).at(minutes(10)).build());
        transactions.stop(ended.id(), aStop(12_500, minutes(40)), List.of());
        var running = transactions.start(aStart("CP-2").meterStart(100_000).at(minutes(20)).build());
        transactions.appendSamples(running.stationId(), 1, running.id(), List.of(anEnergyReading(minutes(25), 100_400),
                new MeterSample(minutes(30), MeterSample.ENERGY_REGISTER, null, null, null, new BigDecimal("100.9"), "kWh")));

        ChargingTotals totals = new PgChargingStatistics(db.jdbi()).since(T0);

        assertThat(totals).isEqualTo(new ChargingTotals(2, 2_500 + 900, 1));
    }

    private static Connector connector(int id, ConnectorStatus status) {
        return new Connector(id, status, "NoError", null, null, T0);
    }
}
