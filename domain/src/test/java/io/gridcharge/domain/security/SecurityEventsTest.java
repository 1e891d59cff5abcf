package io.gridcharge.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemorySecurityEvents;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SecurityEventsTest {
    private static final StationId STATION = StationId.of("CP-1");
    private final Fakes.ManualClock clock = new Fakes.ManualClock();
    private final Fakes.RecordedEvents published = new Fakes.RecordedEvents();
    private final InMemorySecurityEvents stored = new InMemorySecurityEvents();
    private final RecordSecurityEvent events = new RecordSecurityEvent(stored, published, clock);

    @Test
    void aCriticalEventIsStoredAndRaisedForAlarms() {
        events.record(STATION, "TamperDetectionActivated", Instant.parse("2026-11-21T10:00:00Z"), "lid opened");

        assertThat(stored.list(STATION, true, PageRequest.first(10)).items()).singleElement()
                .satisfies(event -> assertThat(event.techInfo()).isEqualTo("lid opened"));
        assertThat(published.of(SecurityEvents.CriticalSecurityEventReported.class)).singleElement()
                .satisfies(raised -> assertThat(raised.event().type()).isEqualTo("TamperDetectionActivated"));
    }

    @Test
    void aNonCriticalOrVendorEventIsStoredButRaisesNothing() {
        events.record(STATION, "FailedToAuthenticateAtCentralSystem", clock.instant(), null);
        events.record(STATION, "AcmeFanFailure", clock.instant(), null);

        assertThat(stored.list(STATION, false, PageRequest.first(10)).items()).hasSize(2)
                .noneMatch(SecurityEvent::critical);
        assertThat(published.all()).isEmpty();
    }

    @Test
    void theWhitepapersCriticalEventsAreTheOnesMarkedCritical() {
        assertThat(new String[] {"FirmwareUpdated", "SettingSystemTime", "StartupOfTheDevice", "ResetOrReboot",
                "SecurityLogWasCleared", "MemoryExhaustion", "TamperDetectionActivated"})
                .allMatch(SecurityEvent::isCritical);
        assertThat(new String[] {"FailedToAuthenticateAtCentralSystem", "CentralSystemFailedToAuthenticate",
                "ReconfigurationOfSecurityParameters", "InvalidMessages", "AttemptedReplayAttacks",
                "InvalidFirmwareSignature", "InvalidFirmwareSigningCertificate", "InvalidCentralSystemCertificate",
                "InvalidChargePointCertificate", "InvalidTLSVersion", "InvalidTLSCipherSuite"})
                .noneMatch(SecurityEvent::isCritical);
    }
}
