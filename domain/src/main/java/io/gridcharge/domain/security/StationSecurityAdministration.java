package io.gridcharge.domain.security;

import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;
import java.time.Clock;

/**
 * What an operator reads and records about a station's security: its profile (set directly for a station
 * installed with profile 2 or 3, without a ChangeConfiguration round trip) and whether a password change is
 * under way.
 */
public final class StationSecurityAdministration {
    private final StationRepository stations;
    private final StationSecurityRepository security;
    private final EventPublisher events;
    private final Clock clock;

    public StationSecurityAdministration(StationRepository stations, StationSecurityRepository security,
                                         EventPublisher events, Clock clock) {
        this.stations = stations;
        this.security = security;
        this.events = events;
        this.clock = clock;
    }

    public StationSecurity get(StationId id) {
        if (stations.find(id).isEmpty()) {
            throw new NotFound("station", id);
        }
        return security.find(id).orElseGet(() -> StationSecurity.initial(id, clock.instant()));
    }

    public StationSecurity recordProfile(StationId id, SecurityProfile profile) {
        StationSecurity before = get(id);
        StationSecurity after = before.withProfile(profile, clock.instant());
        security.save(after);
        if (before.profile() != profile) {
            events.publish(new SecurityEvents.SecurityProfileChanged(id, before.profile(), profile, clock.instant()));
        }
        return after;
    }
}
