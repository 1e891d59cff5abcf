package io.gridcharge.gateway;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.station.StationEvents;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.RawWebSocket;
import io.gridcharge.gateway.testing.TestStation;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StationConnectionTest {
    private static final StationId CP_1 = StationId.of("CP-1");

    private final GatewayFixture gateway = aGateway()
            .withStation("CP-1")
            .withPingInterval(Duration.ofMillis(300))
            .start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aSecondConnectionOfTheSameStationReplacesTheFirst() {
        try (TestStation first = gateway.bootedStation("CP-1")) {
            StationConnection firstConnection = gateway.liveConnection("CP-1");
            try (TestStation second = gateway.station("CP-1").open()
                    .answering("ClearCache", p -> "{\"status\":\"Accepted\"}")) {
                assertThat(first.awaitClose()).isEqualTo(1000);
                assertThat(first.closeReason()).contains("Replaced");
                await().until(() -> gateway.liveConnection("CP-1") != firstConnection);

                assertThat(second.call("Heartbeat", "{}").get(0).asInt()).isEqualTo(3);
                CommandReply reply = gateway.commands.send(CP_1, new StationCommand.ClearCache()).join();
                assertThat(reply.status()).isEqualTo("Accepted");
                // The old connection's late close must not mark the station gone.
                await().during(Duration.ofMillis(300)).until(() -> gateway.presence.isConnected(CP_1));
                assertThat(gateway.connections.size()).isEqualTo(1);
            }
        }
    }

    @Test
    void aClosedConnectionLeavesTheRegistryAndPresence() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            assertThat(gateway.presence.isConnected(CP_1)).isTrue();
            assertThat(station.isClosed()).isFalse();
        }
        await().until(() -> !gateway.presence.isConnected(CP_1) && gateway.connections.find(CP_1).isEmpty());
        assertThat(gateway.events.of(StationEvents.Disconnected.class)).hasSize(1);
    }

    @Test
    void aStationThatAnswersPingsStaysConnectedThoughItSendsNothing() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> !station.isClosed());
        }
    }

    @Test
    void aHalfOpenConnectionIsPingedAndClosedAfterThreeSilentIntervals() throws IOException {
        try (RawWebSocket silent = RawWebSocket.open(gateway.port(), "CP-1", GatewayFixture.PASSWORD)) {
            List<Integer> opcodes = new ArrayList<>();
            RawWebSocket.Frame frame;
            RawWebSocket.Frame close = null;
            while ((frame = silent.readFrame()) != null) {
                opcodes.add(frame.opcode());
                if (frame.opcode() == RawWebSocket.Frame.CLOSE) {
                    close = frame;
                }
            }
            assertThat(opcodes).startsWith(RawWebSocket.Frame.PING, RawWebSocket.Frame.PING);
            assertThat(close).isNotNull();
            assertThat(close.closeCode()).isEqualTo(1001);
        }
        await().until(() -> !gateway.presence.isConnected(CP_1));
    }

    @Test
    void aMessageLargerThanTheLimitClosesTheConnectionWith1009() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            station.send("[2,\"big\",\"DataTransfer\",{\"vendorId\":\"x\",\"data\":\"" + "x".repeat(70_000) + "\"}]");

            assertThat(station.awaitClose()).isEqualTo(1009);
        }
    }

    @Test
    void aBinaryFrameClosesTheConnectionWith1003() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            station.sendBinary(new byte[] {1, 2, 3});

            assertThat(station.awaitClose()).isEqualTo(1003);
        }
    }

    @Test
    void aStationFloodingCallsWithoutReadingItsAnswersIsHeldToItsMailboxBound() throws InterruptedException {
        int calls = 10_000;
        try (TestStation station = gateway.station("CP-1").notReading().open()) {
            Thread flood = Thread.ofVirtual().start(() -> {
                for (int i = 0; i < calls; i++) {
                    station.send("[2,\"flood-" + i + "\",\"Heartbeat\",{}]");
                }
            });
            StationConnection connection = await().until(() -> gateway.connections.find(CP_1).orElse(null),
                    c -> c != null);
            // Let the flood push against a station that reads nothing of what it is answered.
            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            assertThat(connection.mostFramesHeld()).isLessThanOrEqualTo(connection.mailboxCapacity());

            station.startReading();
            await().atMost(Duration.ofSeconds(60)).until(() -> station.answersReceived() == calls);
            flood.join();

            assertThat(connection.mostFramesHeld()).isBetween(1, connection.mailboxCapacity());
            assertThat(gateway.meters.get("gridcharge.gateway.reading.paused").counter().count()).isPositive();
            assertThat(gateway.meters.get("gridcharge.gateway.frames").tags("direction", "in", "action", "Heartbeat")
                    .counter().count()).isEqualTo(calls);
        }
    }
}
