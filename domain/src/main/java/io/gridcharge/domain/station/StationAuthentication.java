package io.gridcharge.domain.station;

import io.gridcharge.domain.shared.PasswordHasher;
import java.time.Clock;
import java.util.Optional;

/**
 * Decides at the WebSocket handshake whether a station may connect (OCPP 1.6 Security Profile 1: HTTP
 * Basic Auth with the station's password). Unknown stations are refused, unless the operator turned on
 * auto-registration: then they are added as Pending and learn so at boot.
 */
public final class StationAuthentication {
    public enum Verdict { ALLOWED, UNKNOWN_STATION, BAD_PASSWORD }

    private final StationRepository stations;
    private final PasswordHasher hasher;
    private final StationSettings settings;
    private final Clock clock;

    public StationAuthentication(StationRepository stations, PasswordHasher hasher, StationSettings settings,
                                 Clock clock) {
        this.stations = stations;
        this.hasher = hasher;
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code password} is null when the station sent no Authorization header. */
    public Verdict check(StationId id, String password) {
        return check(id, stations.find(id), password);
    }

    /**
     * The same, for a caller that has looked the station up already ({@code known} empty: no such station), so
     * that a handshake reads the station once.
     */
    public Verdict check(StationId id, Optional<Station> known, String password) {
        if (known.isEmpty()) {
            if (!settings.autoRegister()) {
                return Verdict.UNKNOWN_STATION;
            }
            String hash = password == null ? null : hasher.hash(password);
            stations.insert(Station.registered(id, null, hash, RegistrationStatus.PENDING, clock.instant()));
            return Verdict.ALLOWED;
        }
        String hash = known.get().passwordHash();
        if (hash == null) {
            return Verdict.ALLOWED;
        }
        return password != null && hasher.verify(password, hash) ? Verdict.ALLOWED : Verdict.BAD_PASSWORD;
    }
}
