package io.gridcharge.gateway;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StationHandshakeTest {
    private final GatewayFixture gateway = aGateway()
            .withStation("CP-1")
            .withStationWithoutPassword("CP-OPEN")
            .start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void acceptsARegisteredStationWithItsPasswordOverOcpp16() {
        try (TestStation station = gateway.station("CP-1").open()) {
            assertThat(station.subprotocol()).isEqualTo("ocpp1.6");
            await().until(() -> gateway.presence.isConnected(StationId.of("CP-1")));
            assertThat(gateway.connections.find(StationId.of("CP-1"))).isPresent();
        }
    }

    @Test
    void picksOcpp16FromAListThatAlsoOffersVersionsTheServerDoesNotSpeak() {
        try (TestStation station = gateway.station("CP-1").subprotocols("ocpp1.5", "ocpp1.6").open()) {
            assertThat(station.subprotocol()).isEqualTo("ocpp1.6");
        }
    }

    @Test
    void picksOcpp201WhenTheStationOffersItBesideOcpp16() {
        try (TestStation station = gateway.station("CP-1").subprotocols("ocpp1.6", "ocpp2.0.1").open()) {
            assertThat(station.subprotocol()).isEqualTo("ocpp2.0.1");
        }
    }

    @Test
    void completesTheHandshakeWithoutSubprotocolAndClosesWhenNoneIsInCommon() {
        // OCPP-J 1.6 §3.2: complete the handshake without Sec-WebSocket-Protocol, then close at once.
        try (TestStation station = gateway.station("CP-1").subprotocols("ocpp1.5").open()) {
            assertThat(station.subprotocol()).isEmpty();
            assertThat(station.awaitClose()).isEqualTo(1002);
            assertThat(station.closeReason()).contains("ocpp1.6, ocpp2.0.1");
        }
        assertThat(gateway.connections.find(StationId.of("CP-1"))).isEmpty();
    }

    @Test
    void closesAStationThatOffersNoSubprotocolAtAll() {
        try (TestStation station = gateway.station("CP-1").subprotocols().open()) {
            assertThat(station.awaitClose()).isEqualTo(1002);
        }
        assertThat(gateway.presence.isConnected(StationId.of("CP-1"))).isFalse();
    }

    @Test
    void refusesAWrongPasswordWith401AndABasicChallenge() {
        HttpResponse<?> refusal = TestStation.to(gateway.port(), "CP-1").password("not-the-password-at-all").refused();

        assertThat(refusal.statusCode()).isEqualTo(401);
        assertThat(refusal.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm="));
    }

    @Test
    void refusesAMissingPasswordWhenTheStationHasOne() {
        assertThat(TestStation.to(gateway.port(), "CP-1").refused().statusCode()).isEqualTo(401);
    }

    @Test
    void refusesBasicCredentialsWhoseUserNameIsNotTheStationId() {
        HttpResponse<?> refusal = TestStation.to(gateway.port(), "CP-1")
                .credentials("CP-2", GatewayFixture.PASSWORD).refused();

        assertThat(refusal.statusCode()).isEqualTo(401);
        assertThat(gateway.passwordChecks).hasValue(0);
    }

    @Test
    void refusesAnUnknownStationWith404() {
        assertThat(gateway.station("CP-UNKNOWN").refused().statusCode()).isEqualTo(404);
    }

    @Test
    void letsAStationWithoutPasswordInWithoutCredentials() {
        try (TestStation station = TestStation.to(gateway.port(), "CP-OPEN").open()) {
            assertThat(station.subprotocol()).isEqualTo("ocpp1.6");
        }
    }

    @Test
    void refusesAStationIdThatBreaksTheIdRulesWith400() {
        assertThat(gateway.station("CP-1").path("/ocpp/CP%201").refused().statusCode()).isEqualTo(400);
    }

    @Test
    void answersAnyOtherPathWith404() {
        assertThat(gateway.station("CP-1").path("/ocpp/CP-1/extra").refused().statusCode()).isEqualTo(404);
        assertThat(gateway.station("CP-1").path("/ws/CP-1").refused().statusCode()).isEqualTo(404);
        assertThat(gateway.station("CP-1").path("/ocpp/").refused().statusCode()).isEqualTo(404);
    }

    @Test
    void countsRefusedHandshakesByReason() {
        gateway.station("CP-UNKNOWN").refused();

        assertThat(gateway.meters.get("gridcharge.gateway.handshakes.refused").tag("reason", "unknown-station")
                .counter().count()).isEqualTo(1.0);
    }
}
