package io.gridcharge.domain.station;

import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.shared.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A station boots (OCPP 1.6 §4.2, 2.0.1 B01-B03): its details are recorded and it is told whether it is
 * accepted, and how often to send heartbeats (accepted) or to retry the boot (pending, rejected).
 */
public final class StationBoot {
    public record Answer(RegistrationStatus status, Instant currentTime, Duration interval) {
    }

    private final StationRepository stations;
    private final StationSettings settings;
    private final EventPublisher events;
    private final Clock clock;

    public StationBoot(StationRepository stations, StationSettings settings, EventPublisher events, Clock clock) {
        this.stations = stations;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public Answer boot(StationId id, BootInfo boot, String protocol) {
        Station station = stations.findWithoutConnectors(id).orElseThrow(() -> new NotFound("station", id));
        Instant now = clock.instant();
        stations.recordBoot(id, boot, protocol, now);
        RegistrationStatus status = station.registration();
        events.publish(new StationEvents.Booted(id, boot, status, now));
        Duration interval = status == RegistrationStatus.ACCEPTED
                ? settings.heartbeatInterval()
                : settings.pendingRetryInterval();
        return new Answer(status, now, interval);
    }

    /** OCPP 1.6 §4.6: the heartbeat answer carries the platform's time so the station can sync its clock. */
    public Instant heartbeat() {
        return clock.instant();
    }
}
