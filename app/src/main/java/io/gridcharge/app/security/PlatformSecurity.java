package io.gridcharge.app.security;

import io.gridcharge.api.security.SecurityServices;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.config.Settings;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.security.ChangeAuthorizationKey;
import io.gridcharge.domain.security.RecordReportedStatus;
import io.gridcharge.domain.security.RecordSecurityEvent;
import io.gridcharge.domain.security.SignStationCertificate;
import io.gridcharge.domain.security.StationCertificates;
import io.gridcharge.domain.security.StationAdmission;
import io.gridcharge.domain.security.StationSecurityAdministration;
import io.gridcharge.domain.security.UpgradeSecurityProfile;
import io.gridcharge.domain.shared.PasswordHasher;
import io.gridcharge.domain.station.StationAuthentication;
import io.gridcharge.domain.station.StationRepository;
import io.gridcharge.domain.station.StationSettings;
import io.gridcharge.gateway.TlsSettings;
import io.gridcharge.gateway.v16.Ocpp16SecurityServices;
import io.gridcharge.pki.PlatformCertificateAuthority;
import io.gridcharge.pki.ServerIdentity;
import io.gridcharge.store.repository.PgReportedStatusRepository;
import io.gridcharge.store.repository.PgSecurityEventRepository;
import io.gridcharge.store.repository.PgStationCertificateRepository;
import io.gridcharge.store.repository.PgStationSecurityRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;

/**
 * The OCPP 1.6 Security Whitepaper's part of the composition root: the platform CA under the data directory,
 * the TLS listener's key material (the operator's key store, else a certificate the CA issues at each start),
 * who may connect over which transport, and the security services of the gateway and the API.
 */
public record PlatformSecurity(PlatformCertificateAuthority certificateAuthority, StationAdmission admission,
                               Optional<TlsSettings> tls, Ocpp16SecurityServices ocpp16,
                               StationSecurityAdministration administration, ChangeAuthorizationKey passwords,
                               UpgradeSecurityProfile profiles, RecordSecurityEvent securityEvents,
                               RecordReportedStatus reportedStatus, StationCertificates stationCertificates) {
    /** CertificateSigned.req leaves this long after the SignCertificate.conf it follows. */
    private static final long CERTIFICATE_SIGNED_DELAY_MS = 500;

    public static PlatformSecurity wire(Settings settings, Jdbi jdbi, StationRepository stations,
                                        StationSettings stationSettings, PasswordHasher hasher,
                                        EventPublisher events, StationCommands commands, Clock clock) {
        PlatformCertificateAuthority ca = PlatformCertificateAuthority.openOrCreate(
                settings.path(Setting.DATA_DIR).resolve("pki"), settings.text(Setting.CA_ORGANIZATION), clock);
        var security = new PgStationSecurityRepository(jdbi);
        var admission = new StationAdmission(new StationAuthentication(stations, hasher, stationSettings, clock),
                stations, security, hasher, clock);
        Optional<TlsSettings> tls = settings.get(Setting.OCPP_TLS_PORT).map(port -> new TlsSettings(
                settings.port(Setting.OCPP_TLS_PORT), serverIdentity(settings, ca).keyManagers(), ca.trustManagers()));
        var securityEvents = new RecordSecurityEvent(new PgSecurityEventRepository(jdbi), events, clock);
        var reportedStatus = new RecordReportedStatus(new PgReportedStatusRepository(jdbi), clock);
        var stationCertificates = new StationCertificates(new PgStationCertificateRepository(jdbi), commands, clock);
        var certificates = new SignStationCertificate(ca, commands,
                CompletableFuture.delayedExecutor(CERTIFICATE_SIGNED_DELAY_MS, TimeUnit.MILLISECONDS),
                stationCertificates);
        return new PlatformSecurity(ca, admission, tls,
                new Ocpp16SecurityServices(securityEvents, certificates, reportedStatus),
                new StationSecurityAdministration(stations, security, events, clock),
                new ChangeAuthorizationKey(stations, security, commands, hasher, clock),
                new UpgradeSecurityProfile(stations, security, commands, events, clock), securityEvents,
                reportedStatus, stationCertificates);
    }

    /** What the REST API serves of it; {@code commands} carries the certificate and log commands. */
    public SecurityServices apiServices(StationCommands commands) {
        return new SecurityServices(administration, passwords, profiles, securityEvents, reportedStatus, commands,
                certificateAuthority::rootCertificatePem, stationCertificates);
    }

    private static ServerIdentity serverIdentity(Settings settings, PlatformCertificateAuthority ca) {
        Optional<String> keyStore = settings.get(Setting.TLS_KEYSTORE);
        if (keyStore.isPresent()) {
            return ServerIdentity.fromPkcs12(Path.of(keyStore.get()),
                    settings.text(Setting.TLS_KEYSTORE_PASSWORD).toCharArray());
        }
        return ca.issueServerIdentity(settings.text(Setting.TLS_HOSTNAME));
    }
}
