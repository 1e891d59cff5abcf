package io.gridcharge.domain.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.Fakes.ManualClock;
import io.gridcharge.domain.testing.InMemoryStations;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StationAuthenticationTest {
    private final ManualClock clock = new ManualClock();
    private final InMemoryStations stations = new InMemoryStations();
    private final StationAdministration admin = new StationAdministration(stations, Fakes.plainHasher(),
            new Fakes.RecordedEvents(), clock);

    private StationAuthentication authentication(boolean autoRegister) {
        var settings = new StationSettings(Duration.ofSeconds(60), 3, autoRegister, Duration.ofSeconds(30));
        return new StationAuthentication(stations, Fakes.plainHasher(), settings, clock);
    }

    @Test
    void aStationWithItsPasswordIsLetInAndAWrongPasswordIsNot() {
        admin.register(StationId.of("CP-1"), null, "0123456789abcdef", null);

        assertThat(authentication(false).check(StationId.of("CP-1"), "0123456789abcdef"))
                .isEqualTo(StationAuthentication.Verdict.ALLOWED);
        assertThat(authentication(false).check(StationId.of("CP-1"), "wrong-password-xx"))
                .isEqualTo(StationAuthentication.Verdict.BAD_PASSWORD);
        assertThat(authentication(false).check(StationId.of("CP-1"), null))
                .isEqualTo(StationAuthentication.Verdict.BAD_PASSWORD);
    }

    @Test
    void anUnknownStationIsRefusedUnlessAutoRegistrationAddsItAsPending() {
        assertThat(authentication(false).check(StationId.of("NEW-1"), "0123456789abcdef"))
                .isEqualTo(StationAuthentication.Verdict.UNKNOWN_STATION);
        assertThat(stations.find(StationId.of("NEW-1"))).isEmpty();

        assertThat(authentication(true).check(StationId.of("NEW-1"), "0123456789abcdef"))
                .isEqualTo(StationAuthentication.Verdict.ALLOWED);
        assertThat(stations.find(StationId.of("NEW-1")).orElseThrow().registration())
                .isEqualTo(RegistrationStatus.PENDING);
    }

    @Test
    void aPendingStationIsToldSoAtBootWithTheRetryInterval() {
        admin.register(StationId.of("CP-2"), null, null, RegistrationStatus.PENDING);
        var settings = new StationSettings(Duration.ofSeconds(300), 3, false, Duration.ofSeconds(30));
        var boot = new StationBoot(stations, settings, new Fakes.RecordedEvents(), clock);

        var answer = boot.boot(StationId.of("CP-2"), BootInfo.of("Acme", "Wallbox 7"), "ocpp1.6");

        assertThat(answer.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(answer.interval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(stations.find(StationId.of("CP-2")).orElseThrow().boot().vendor()).isEqualTo("Acme");
    }

    @Test
    void aStationPasswordOutsideTheAuthorizationKeyLengthsIsRefused() {
        assertThatThrownBy(() -> admin.register(StationId.of("CP-3"), null, "short", null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(stations.find(StationId.of("CP-3"))).isEmpty();
    }

    @Test
    void renamingAStationToATooLongNameIsRefusedAndKeepsTheOldName() {
        admin.register(StationId.of("CP-4"), "Garage", null, null);

        assertThatThrownBy(() -> admin.change(StationId.of("CP-4"), "N".repeat(101), null, null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(stations.find(StationId.of("CP-4")).orElseThrow().name()).isEqualTo("Garage");
    }

    @Test
    void aStationIdWithCharactersThatBreakTheUrlIsRefused() {
        assertThatThrownBy(() -> StationId.of("CP 1/2")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> StationId.of("C".repeat(49))).isInstanceOf(InvalidInput.class);
    }
}
