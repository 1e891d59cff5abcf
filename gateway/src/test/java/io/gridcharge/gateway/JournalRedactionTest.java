package io.gridcharge.gateway;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.journal.JournalEntry;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JournalRedactionTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final String NEW_KEY = "6E65772D7365637265742D34353637383930";

    private final GatewayFixture gateway = aGateway().withStation("CP-1").start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aNewAuthorizationKeyReachesTheStationButNotTheJournal() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("ChangeConfiguration", p -> "{\"status\":\"Accepted\"}")) {
            gateway.commands.send(CP_1, new StationCommand.ChangeConfiguration("AuthorizationKey", NEW_KEY)).join();
            gateway.commands.send(CP_1, new StationCommand.ChangeConfiguration("HeartbeatInterval", "60")).join();

            assertThat(station.callsReceived("ChangeConfiguration").getFirst().toString()).contains(NEW_KEY);
        }
        List<JournalEntry> changes = gateway.journal.of(CP_1).stream()
                .filter(e -> e.direction() == JournalEntry.Direction.OUT && "ChangeConfiguration".equals(e.action()))
                .toList();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).frame()).doesNotContain(NEW_KEY).contains(JournalRedaction.REDACTED);
        assertThat(changes.get(1).frame()).contains("\"60\"");
    }
}
