package io.gridcharge.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.api.http.WireNames;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.RegistrationStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void everyDomainValueHasItsApiSpelling() {
        assertThat(Vocabulary.CONNECTOR_STATUS.names()).hasSize(ConnectorStatus.values().length)
                .contains("SuspendedEVSE", "SuspendedEV");
    }

    @Test
    void aValueWithoutSpellingIsFoundAtStartUp() {
        assertThatThrownBy(() -> WireNames.of(RegistrationStatus.class,
                Map.of(RegistrationStatus.ACCEPTED, "Accepted", RegistrationStatus.PENDING, "Pending")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REJECTED");
    }

    @Test
    void anUnknownSpellingListsTheKnownOnes() {
        assertThatThrownBy(() -> Vocabulary.REGISTRATION.parse("ACCEPTED"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("must be one of Accepted, Pending, Rejected");
    }
}
