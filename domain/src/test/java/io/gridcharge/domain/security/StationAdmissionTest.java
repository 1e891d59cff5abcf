package io.gridcharge.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.security.StationAdmission.Verdict;
import io.gridcharge.domain.shared.PasswordHasher;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationAuthentication;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationSettings;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryStations;
import io.gridcharge.domain.testing.InMemoryStationSecurity;
import org.junit.jupiter.api.Test;

class StationAdmissionTest {
    private static final StationId CP1 = StationId.of("CP-1");
    private static final String PASSWORD = "old-secret-0123456";
    private final Fakes.ManualClock clock = new Fakes.ManualClock();
    private final PasswordHasher hasher = Fakes.plainHasher();
    private final InMemoryStations stations = new InMemoryStations();
    private final InMemoryStationSecurity security = new InMemoryStationSecurity();
    private final StationAdmission admission = new StationAdmission(
            new StationAuthentication(stations, hasher, StationSettings.defaults(), clock), stations, security, hasher,
            clock);

    StationAdmissionTest() {
        stations.insert(Station.registered(CP1, null, hasher.hash(PASSWORD), RegistrationStatus.ACCEPTED,
                clock.instant()));
    }

    @Test
    void aProfile1StationConnectsOverEitherTransportWithItsPassword() {
        assertThat(admission.admit(CP1, PASSWORD, ConnectionTransport.plain())).isEqualTo(Verdict.ALLOWED);
        assertThat(admission.admit(CP1, PASSWORD, ConnectionTransport.tlsWithoutCertificate()))
                .isEqualTo(Verdict.ALLOWED);
        assertThat(admission.admit(CP1, "wrong-secret-000000", ConnectionTransport.plain()))
                .isEqualTo(Verdict.BAD_PASSWORD);
    }

    @Test
    void aStationAtProfile2IsNotLetBackToPlainWebSockets() {
        security.save(StationSecurity.initial(CP1, clock.instant()).withProfile(SecurityProfile.TLS_BASIC_AUTH,
                clock.instant()));

        assertThat(admission.admit(CP1, PASSWORD, ConnectionTransport.plain())).isEqualTo(Verdict.TLS_REQUIRED);
        assertThat(admission.admit(CP1, PASSWORD, ConnectionTransport.tlsWithoutCertificate()))
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aStationAtProfile3NeedsItsOwnCertificate() {
        security.save(StationSecurity.initial(CP1, clock.instant())
                .withProfile(SecurityProfile.TLS_CLIENT_CERTIFICATE, clock.instant()));

        assertThat(admission.admit(CP1, PASSWORD, ConnectionTransport.tlsWithoutCertificate()))
                .isEqualTo(Verdict.CERTIFICATE_REQUIRED);
        assertThat(admission.admit(CP1, null, ConnectionTransport.tlsWithCertificate("CP-2")))
                .isEqualTo(Verdict.CERTIFICATE_OF_ANOTHER_STATION);
        assertThat(admission.admit(CP1, null, ConnectionTransport.tlsWithCertificate("CP-1")))
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aCertificateOfAnotherStationIsRefusedWhateverTheProfile() {
        assertThat(admission.admit(CP1, PASSWORD, ConnectionTransport.tlsWithCertificate("CP-2")))
                .isEqualTo(Verdict.CERTIFICATE_OF_ANOTHER_STATION);
    }

    @Test
    void bothPasswordsWorkUntilTheStationConnectsWithTheNewOneThenOnlyTheNewOne() {
        security.save(StationSecurity.initial(CP1, clock.instant())
                .withPendingPassword(hasher.hash("new-secret-7654321"), clock.instant()));

        assertThat(admission.admit(CP1, PASSWORD, ConnectionTransport.plain())).isEqualTo(Verdict.ALLOWED);
        assertThat(admission.admit(CP1, "new-secret-7654321", ConnectionTransport.plain())).isEqualTo(Verdict.ALLOWED);

        assertThat(admission.admit(CP1, PASSWORD, ConnectionTransport.plain())).isEqualTo(Verdict.BAD_PASSWORD);
        assertThat(admission.admit(CP1, "new-secret-7654321", ConnectionTransport.plain())).isEqualTo(Verdict.ALLOWED);
        assertThat(security.find(CP1).orElseThrow().pendingPasswordHash()).isNull();
    }
}
