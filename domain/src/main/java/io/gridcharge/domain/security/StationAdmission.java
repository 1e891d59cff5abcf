package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.PasswordHasher;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationAuthentication;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Decides at the WebSocket handshake whether a station may connect over the transport it came by, following
 * the OCPP 1.6 Security Whitepaper (edition 3):
 * <ul>
 * <li>A client certificate names one station: one issued for another station is refused, whatever profile
 * the station in the URL has (a certificate valid for A never lets anyone connect as B).</li>
 * <li>A station recorded at profile 2 or 3 is refused without TLS, one at profile 3 without a client
 * certificate: the whitepaper forbids falling back to a lower profile.</li>
 * <li>A known station with a verified certificate that names it needs no password (profile 3 authenticates
 * by the certificate). Otherwise the password is checked as for profile 1 ({@link StationAuthentication}),
 * and while a new AuthorizationKey is pending the new password is let in too; the first connection with it
 * makes it the station's only password.</li>
 * </ul>
 */
public final class StationAdmission {
    private static final Logger LOG = Logger.getLogger(StationAdmission.class.getName());

    public enum Verdict {
        ALLOWED, UNKNOWN_STATION, BAD_PASSWORD, TLS_REQUIRED, CERTIFICATE_REQUIRED, CERTIFICATE_OF_ANOTHER_STATION
    }

    private final StationAuthentication authentication;
    private final StationRepository stations;
    private final StationSecurityRepository security;
    private final PasswordHasher hasher;
    private final Clock clock;

    public StationAdmission(StationAuthentication authentication, StationRepository stations,
                            StationSecurityRepository security, PasswordHasher hasher, Clock clock) {
        this.authentication = authentication;
        this.stations = stations;
        this.security = security;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** {@code password} is null when the station sent no Authorization header. */
    public Verdict admit(StationId id, String password, ConnectionTransport transport) {
        if (transport.hasCertificate() && !transport.certificateIdentity().equals(id.value())) {
            return Verdict.CERTIFICATE_OF_ANOTHER_STATION;
        }
        Optional<Station> station = stations.findWithoutConnectors(id);
        if (station.isEmpty()) {
            return of(authentication.check(id, station, password));
        }
        StationSecurity record = security.find(id).orElseGet(() -> StationSecurity.initial(id, clock.instant()));
        if (record.profile().requiresTls() && !transport.tls()) {
            return Verdict.TLS_REQUIRED;
        }
        if (transport.hasCertificate()) {
            return Verdict.ALLOWED;
        }
        if (record.profile() == SecurityProfile.TLS_CLIENT_CERTIFICATE) {
            return Verdict.CERTIFICATE_REQUIRED;
        }
        Verdict verdict = of(authentication.check(id, station, password));
        if (verdict == Verdict.BAD_PASSWORD && password != null && record.pendingPasswordHash() != null
                && hasher.verify(password, record.pendingPasswordHash())) {
            adoptPendingPassword(station.get(), record);
            return Verdict.ALLOWED;
        }
        return verdict;
    }

    /** The station connected with its new AuthorizationKey: from now on only that one lets it in. */
    private void adoptPendingPassword(Station station, StationSecurity record) {
        stations.updateAdministration(station.id(), station.name(), record.pendingPasswordHash(),
                station.registration());
        security.save(record.withPendingPassword(null, clock.instant()));
        LOG.info(() -> "station " + station.id() + ": connected with its new password; the old one no longer works");
    }

    private static Verdict of(StationAuthentication.Verdict verdict) {
        return switch (verdict) {
            case ALLOWED -> Verdict.ALLOWED;
            case UNKNOWN_STATION -> Verdict.UNKNOWN_STATION;
            case BAD_PASSWORD -> Verdict.BAD_PASSWORD;
        };
    }
}
