package io.gridcharge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.ActionTable;
import io.gridcharge.ocpp.OcppVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubprotocolNegotiationTest {
    private final ProtocolAdapter v16 = adapter(OcppVersion.V16);
    private final ProtocolAdapter v201 = adapter(OcppVersion.V201);

    @Test
    void picksTheNewestVersionBothSidesSpeakWhateverTheStationsOrder() {
        var negotiation = new SubprotocolNegotiation(List.of(v16, v201));

        assertThat(negotiation.negotiate(List.of("ocpp1.6, ocpp2.0.1"))).hasValueSatisfying(agreement -> {
            assertThat(agreement.adapter()).isSameAs(v201);
            assertThat(agreement.token()).isEqualTo("ocpp2.0.1");
        });
    }

    @Test
    void fallsBackToTheVersionTheServerHas() {
        var negotiation = new SubprotocolNegotiation(List.of(v16));

        assertThat(negotiation.negotiate(List.of("ocpp2.0.1", "ocpp1.6"))).hasValueSatisfying(
                agreement -> assertThat(agreement.adapter()).isSameAs(v16));
    }

    @Test
    void echoesTheTokenAsTheStationSpelledIt() {
        var negotiation = new SubprotocolNegotiation(List.of(v16));

        assertThat(negotiation.negotiate(List.of("OCPP1.6"))).hasValueSatisfying(
                agreement -> assertThat(agreement.token()).isEqualTo("OCPP1.6"));
    }

    @Test
    void agreesOnNothingWhenNothingIsInCommonOrNothingOffered() {
        var negotiation = new SubprotocolNegotiation(List.of(v16));

        assertThat(negotiation.negotiate(List.of("ocpp1.5, ocpp2.0.1"))).isEmpty();
        assertThat(negotiation.negotiate(List.of())).isEmpty();
        assertThat(negotiation.negotiate(List.of(" , "))).isEmpty();
    }

    private static ProtocolAdapter adapter(OcppVersion version) {
        ActionCatalog catalog = new ActionTable(version, List.of());
        return new ProtocolAdapter() {
            @Override
            public ActionCatalog catalog() {
                return catalog;
            }

            @Override
            public StationSession open(StationLink link) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
