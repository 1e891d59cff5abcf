package io.gridcharge.gateway;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 5: a reconnect storm of stations with passwords, while the password hashes have no slot free. */
class HandshakeUnderStormTest {
    private final CountDownLatch passwordChecks = new CountDownLatch(1);
    private final GatewayFixture gateway = aGateway()
            .withStation("CP-1")
            .withStation("CP-2")
            .withStationWithoutPassword("CP-OPEN")
            .withPasswordChecksHeldUntil(passwordChecks)
            .start();

    @AfterEach
    void stop() {
        passwordChecks.countDown();
        gateway.close();
    }

    @Test
    void answers503WithASpreadRetryAfterWhileEveryPasswordSlotIsTaken() throws Exception {
        CompletableFuture<TestStation> first = CompletableFuture.supplyAsync(() -> gateway.station("CP-1").open());
        await().until(() -> gateway.passwordChecks.get() == 1);

        HttpResponse<?> refusal = gateway.station("CP-2").refused();

        assertThat(refusal.statusCode()).isEqualTo(503);
        assertThat(refusal.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(StationHandshake.RETRY_AFTER_MIN_SECONDS,
                        StationHandshake.RETRY_AFTER_MAX_SECONDS));
        passwordChecks.countDown();
        try (TestStation station = first.get(10, TimeUnit.SECONDS)) {
            assertThat(station.subprotocol()).isEqualTo("ocpp1.6");
        }
    }

    @Test
    void letsAStationWithoutPasswordInWhileThePasswordSlotsAreTaken() {
        CompletableFuture.runAsync(() -> gateway.station("CP-1").open().close());
        await().until(() -> gateway.passwordChecks.get() == 1);

        try (TestStation open = TestStation.to(gateway.port(), "CP-OPEN").open()) {
            assertThat(open.subprotocol()).isEqualTo("ocpp1.6");
            await().until(() -> gateway.presence.isConnected(StationId.of("CP-OPEN")));
        }
    }
}
