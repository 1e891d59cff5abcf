package io.gridcharge.domain.station;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.testing.Fakes.ManualClock;
import io.gridcharge.domain.testing.Fakes.RecordedEvents;
import io.gridcharge.domain.testing.InMemoryStations;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StationPresenceTest {
    private static final StationId CP1 = StationId.of("CP-1");
    private static final Duration HEARTBEAT = Duration.ofSeconds(60);

    private final ManualClock clock = new ManualClock();
    private final RecordedEvents events = new RecordedEvents();
    private final InMemoryStations stations = new InMemoryStations();
    private final StationPresence presence = new StationPresence(clock, events, stations);

    @Test
    void aStationSilentForMoreThanTheAllowedHeartbeatsIsReportedOfflineOnce() {
        presence.connected(CP1, "ocpp1.6");

        clock.advance(HEARTBEAT.multipliedBy(3));
        presence.detectOffline(HEARTBEAT, 3);
        clock.advance(Duration.ofSeconds(1));
        presence.detectOffline(HEARTBEAT, 3);
        presence.detectOffline(HEARTBEAT, 3);

        assertThat(events.of(StationEvents.WentOffline.class)).hasSize(1);
        assertThat(presence.isOffline(CP1)).isTrue();
    }

    @Test
    void aStationThatKeepsTalkingStaysOnline() {
        presence.connected(CP1, "ocpp1.6");
        for (int i = 0; i < 10; i++) {
            clock.advance(HEARTBEAT);
            presence.seen(CP1);
            presence.detectOffline(HEARTBEAT, 3);
        }

        assertThat(events.of(StationEvents.WentOffline.class)).isEmpty();
    }

    @Test
    void theOldConnectionClosingLateDoesNotDisconnectTheNewOne() {
        long old = presence.connected(CP1, "ocpp1.6");
        long current = presence.connected(CP1, "ocpp1.6");

        presence.disconnected(CP1, old);
        assertThat(presence.isConnected(CP1)).isTrue();

        presence.disconnected(CP1, current);
        assertThat(presence.isConnected(CP1)).isFalse();
        assertThat(events.of(StationEvents.Disconnected.class)).hasSize(1);
    }

    @Test
    void lastSeenReachesTheDatabaseOnFlushNotOnEveryFrame() {
        stations.insert(Station.registered(CP1, null, null, RegistrationStatus.ACCEPTED, clock.instant()));
        presence.connected(CP1, "ocpp1.6");
        clock.advance(Duration.ofSeconds(30));
        presence.seen(CP1);

        assertThat(stations.find(CP1).orElseThrow().lastSeen()).isNull();
        presence.flushLastSeen();
        assertThat(stations.find(CP1).orElseThrow().lastSeen()).isEqualTo(clock.instant());
    }
}
