package io.gridcharge.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.ocpp.OcppVersion;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code --ocpp}: which version each station of a run speaks. */
class FleetProtocolTest {
    @Test
    void aMixedFleetHasEveryOtherStationOn201AndTheDefaultIs16() {
        assertThat(IntStream.range(0, 4).mapToObj(FleetProtocol.of("mixed")::versionOf))
                .containsExactly(OcppVersion.V16, OcppVersion.V201, OcppVersion.V16, OcppVersion.V201);
        assertThat(FleetProtocol.of("2.0.1").versionOf(0)).isEqualTo(OcppVersion.V201);
        assertThat(FleetProtocol.of("1.6").versionOf(1)).isEqualTo(OcppVersion.V16);
        assertThat(new SimulationRun.Options(null, null, 1, 1, null, null, null, null).protocol())
                .isEqualTo(FleetProtocol.OCPP16);
    }

    @Test
    void aVersionTheSimulatorDoesNotSpeakIsRefusedNamingTheChoices() {
        assertThatThrownBy(() -> FleetProtocol.of("2.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.6, 2.0.1, mixed");
    }
}
