package io.gridcharge.domain.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvseConnectorTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private static EvseConnector connector(int id, ConnectorStatus status) {
        return new EvseConnector(1, id, status, NOW);
    }

    @Test
    void anEvseIsInUseWhileOneOfItsConnectorsIsAndTheOtherIsBlocked() {
        assertThat(EvseConnector.evseState(List.of(connector(1, ConnectorStatus.OCCUPIED),
                connector(2, ConnectorStatus.UNAVAILABLE)))).isEqualTo(ConnectorStatus.OCCUPIED);
    }

    @Test
    void anEvseWithOneFaultedConnectorCanStillBeUsedByTheOther() {
        assertThat(EvseConnector.evseState(List.of(connector(1, ConnectorStatus.FAULTED),
                connector(2, ConnectorStatus.AVAILABLE)))).isEqualTo(ConnectorStatus.AVAILABLE);
        assertThat(EvseConnector.evseState(List.of(connector(1, ConnectorStatus.FAULTED),
                connector(2, ConnectorStatus.FAULTED)))).isEqualTo(ConnectorStatus.FAULTED);
    }

    @Test
    void aReservedEvseStaysReservedWhateverItsOtherConnectorSays() {
        assertThat(EvseConnector.evseState(List.of(connector(1, ConnectorStatus.AVAILABLE),
                connector(2, ConnectorStatus.RESERVED)))).isEqualTo(ConnectorStatus.RESERVED);
    }

    @Test
    void evsesAndConnectorsAreNumberedFromOne() {
        assertThatThrownBy(() -> new EvseConnector(0, 1, ConnectorStatus.AVAILABLE, NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new EvseConnector(1, 0, ConnectorStatus.AVAILABLE, NOW))
                .isInstanceOf(InvalidInput.class);
    }
}
