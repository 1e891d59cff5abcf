package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.T0;
import static io.gridcharge.store.repository.Fixtures.aStation;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.BootInfo;
import io.gridcharge.domain.station.Connector;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reconnect storm's writes through group commit: many stations boot and report status at once, their rows
 * are merged into shared statements, and each station still ends up with its own values (issue 5).
 */
class GroupedStationWritesIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final int STATIONS = 60;

    private GroupCommit writes;
    private PgStationRepository stations;
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    @BeforeEach
    void registerStations() {
        Fixtures.emptyAllTables(db.jdbi());
        writes = new GroupCommit(db.jdbi(), 1_000, 50, 1);
        stations = new PgStationRepository(db.jdbi(), writes);
        for (int i = 0; i < STATIONS; i++) {
            stations.insert(aStation(id(i)).build());
        }
    }

    @AfterEach
    void close() {
        callers.close();
        writes.close();
    }

    @Test
    void everyStationOfAStormKeepsItsOwnBootAndStatusAndAnUnknownOneAloneIsRefused() {
        List<CompletableFuture<Void>> storm = new ArrayList<>();
        for (int i = 0; i < STATIONS; i++) {
            int n = i;
            storm.add(CompletableFuture.runAsync(() -> {
                StationId station = StationId.of(id(n));
                stations.recordBoot(station, BootInfo.of("Vendor-" + n, "Model-" + n), "ocpp1.6", T0.plusSeconds(n));
                stations.saveConnector(station, new Connector(1, n % 2 == 0 ? ConnectorStatus.AVAILABLE
                        : ConnectorStatus.CHARGING, "NoError", null, null, T0.plusSeconds(n)));
            }, callers));
        }
        CompletableFuture<Void> unknown = CompletableFuture.runAsync(() -> stations.recordBoot(StationId.of("CP-NONE"),
                BootInfo.of("Ghost", "G1"), "ocpp1.6", T0), callers);

        storm.forEach(CompletableFuture::join);
        assertThat(unknown).failsWithin(Duration.ofSeconds(30))
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(NotFound.class);
        for (int i = 0; i < STATIONS; i++) {
            Station station = stations.find(StationId.of(id(i))).orElseThrow();
            assertThat(station.boot().vendor()).isEqualTo("Vendor-" + i);
            assertThat(station.boot().model()).isEqualTo("Model-" + i);
            assertThat(station.connectors()).singleElement().satisfies(connector -> {
                assertThat(connector.status()).isEqualTo(n(connector) % 2 == 0 ? ConnectorStatus.AVAILABLE
                        : ConnectorStatus.CHARGING);
            });
        }
        assertThat(writes.batches()).as("writes shared transactions").isLessThan(writes.writes());
    }

    private static int n(Connector connector) {
        return (int) (connector.reportedAt().getEpochSecond() - T0.getEpochSecond());
    }

    private static String id(int n) {
        return "CP-STORM-" + n;
    }
}
