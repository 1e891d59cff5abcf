package io.gridcharge.domain.station;

import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.shared.PasswordHasher;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** What an operator does with stations: register, look up, change, remove. */
public final class StationAdministration {
    /** OCPP 1.6 Security Whitepaper §3.1.2: the AuthorizationKey is 16 to 40 bytes. */
    public static final int MIN_PASSWORD = 16;
    public static final int MAX_PASSWORD = 40;

    private final StationRepository stations;
    private final PasswordHasher hasher;
    private final EventPublisher events;
    private final Clock clock;

    public StationAdministration(StationRepository stations, PasswordHasher hasher, EventPublisher events,
                                 Clock clock) {
        this.stations = stations;
        this.hasher = hasher;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a station; a station without a password may connect only where Basic Auth is off (tests). */
    public Station register(StationId id, String name, String password, RegistrationStatus registration) {
        Station station = Station.registered(id, name, hashOf(password),
                registration == null ? RegistrationStatus.ACCEPTED : registration, clock.instant());
        if (!stations.insert(station)) {
            throw new Conflict("station " + id + " exists already");
        }
        return station;
    }

    public Station get(StationId id) {
        return stations.find(id).orElseThrow(() -> new NotFound("station", id));
    }

    /** The connectors of a 2.0.1 station's EVSEs (G01); empty for a 1.6 station. */
    public List<EvseConnector> evseConnectors(StationId id) {
        get(id);
        return stations.evseConnectors(id);
    }

    public Optional<Station> find(StationId id) {
        return stations.find(id);
    }

    /** Whether the station is accepted, pending or rejected; empty for an unknown station. */
    public Optional<RegistrationStatus> registration(StationId id) {
        return stations.findWithoutConnectors(id).map(Station::registration);
    }

    public Page<Station> list(StationQuery query, PageRequest page) {
        return stations.list(query, page);
    }

    /** Changes what is given (null = keep); a new password replaces the old one at once. */
    public Station change(StationId id, String name, String password, RegistrationStatus registration) {
        Station current = get(id);
        // Built first so the station's own rules (name length) hold before anything is written.
        Station changed = new Station(id, name != null ? name : current.name(),
                password != null ? hashOf(password) : current.passwordHash(),
                registration != null ? registration : current.registration(), current.protocol(), current.boot(),
                current.lastBootAt(), current.lastSeen(), current.connectors(), current.createdAt());
        stations.updateAdministration(id, changed.name(), changed.passwordHash(), changed.registration());
        if (changed.registration() != current.registration()) {
            events.publish(new StationEvents.RegistrationChanged(id, current.registration(), changed.registration(),
                    clock.instant()));
        }
        return get(id);
    }

    public void remove(StationId id) {
        if (!stations.delete(id)) {
            throw new NotFound("station", id);
        }
    }

    private String hashOf(String password) {
        if (password == null) {
            return null;
        }
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new InvalidInput("password", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
        return hasher.hash(password);
    }
}
