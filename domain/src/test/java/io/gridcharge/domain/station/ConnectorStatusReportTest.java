package io.gridcharge.domain.station;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.testing.Fakes.ManualClock;
import io.gridcharge.domain.testing.Fakes.RecordedEvents;
import io.gridcharge.domain.testing.InMemoryStations;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 5: a status a station only repeats is kept in memory; a change, and the first report per connection, are written. */
class ConnectorStatusReportTest {
    private static final StationId CP1 = StationId.of("CP-1");
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    private final ManualClock clock = new ManualClock(T0);
    private final RecordedEvents events = new RecordedEvents();
    private final InMemoryStations stations = new InMemoryStations();
    private final ConnectorStatusReport report = new ConnectorStatusReport(stations, events, clock);

    @BeforeEach
    void aRegisteredStation() {
        stations.insert(Station.registered(CP1, null, null, RegistrationStatus.ACCEPTED, T0));
        events.subscribe(report);
    }

    private Connector stored(int connector) {
        return stations.find(CP1).orElseThrow().connector(connector).orElseThrow();
    }

    private Connector status(int connector, ConnectorStatus status, String errorCode) {
        clock.advance(Duration.ofMinutes(1));
        return report.report(CP1, connector, status, errorCode, null, null, clock.instant());
    }

    @Test
    void aRepeatedStatusIsNeitherWrittenNorAnnouncedAndKeepsTheTimeItBegan() {
        Connector first = status(1, ConnectorStatus.AVAILABLE, "NoError");
        Connector again = status(1, ConnectorStatus.AVAILABLE, "NoError");

        assertThat(again.reportedAt()).isEqualTo(first.reportedAt());
        assertThat(stored(1).reportedAt()).isEqualTo(first.reportedAt());
        assertThat(events.of(StationEvents.ConnectorStatusChanged.class)).hasSize(1);
    }

    @Test
    void aNewStatusOrErrorCodeOrAnotherConnectorIsWritten() {
        status(1, ConnectorStatus.AVAILABLE, "NoError");
        Connector charging = status(1, ConnectorStatus.CHARGING, "NoError");
        assertThat(stored(1)).isEqualTo(charging);
        Connector hot = status(1, ConnectorStatus.CHARGING, "HighTemperature");
        assertThat(stored(1)).isEqualTo(hot);
        Connector second = status(2, ConnectorStatus.CHARGING, "HighTemperature");

        assertThat(stored(2)).isEqualTo(second);
        assertThat(events.of(StationEvents.ConnectorStatusChanged.class)).hasSize(4);
    }

    @Test
    void theFirstReportAfterTheStationConnectsOrGoesIsWrittenEvenIfTheSame() {
        status(1, ConnectorStatus.AVAILABLE, "NoError");
        events.publish(new StationEvents.Disconnected(CP1, clock.instant()));
        Connector afterGoing = status(1, ConnectorStatus.AVAILABLE, "NoError");
        assertThat(stored(1)).isEqualTo(afterGoing);
        events.publish(new StationEvents.Connected(CP1, "ocpp1.6", clock.instant()));
        Connector afterComing = status(1, ConnectorStatus.AVAILABLE, "NoError");
        status(1, ConnectorStatus.AVAILABLE, "NoError");

        assertThat(stored(1)).isEqualTo(afterComing);
        assertThat(events.of(StationEvents.ConnectorStatusChanged.class)).hasSize(3);
    }

    @Test
    void aConnectorOfAnEvseThatRepeatsItsStatusIsNotWrittenAgainAndTheEvseStaysAsItWas() {
        clock.advance(Duration.ofMinutes(1));
        Instant first = clock.instant();
        Connector evse = report.reportOfEvseConnector(CP1, 1, 2, ConnectorStatus.OCCUPIED, first);
        clock.advance(Duration.ofMinutes(1));
        Connector again = report.reportOfEvseConnector(CP1, 1, 2, ConnectorStatus.OCCUPIED, clock.instant());

        assertThat(again).isEqualTo(evse);
        assertThat(stations.evseConnectors(CP1)).extracting(EvseConnector::reportedAt).containsExactly(first);

        events.publish(new StationEvents.Connected(CP1, "ocpp2.0.1", clock.instant()));
        Instant afterComing = clock.instant();
        report.reportOfEvseConnector(CP1, 1, 2, ConnectorStatus.OCCUPIED, afterComing);
        assertThat(stations.evseConnectors(CP1)).extracting(EvseConnector::reportedAt).containsExactly(afterComing);

        clock.advance(Duration.ofMinutes(1));
        Connector available = report.reportOfEvseConnector(CP1, 1, 2, ConnectorStatus.AVAILABLE, clock.instant());
        assertThat(available.status()).isEqualTo(ConnectorStatus.AVAILABLE);
        assertThat(stored(1).status()).isEqualTo(ConnectorStatus.AVAILABLE);
    }
}
