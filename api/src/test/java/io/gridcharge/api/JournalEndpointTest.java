package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.journal.JournalEntry;
import io.gridcharge.domain.journal.JournalEntry.Direction;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JournalEndpointTest {
    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @BeforeEach
    void aStationThatTalked() {
        platform.given(aStation("CP-1"));
        frame("2025-06-01T08:00:00Z", Direction.IN, "BootNotification", "[2,\"1\",\"BootNotification\",{}]");
        frame("2025-06-01T08:00:01Z", Direction.OUT, "BootNotification", "[3,\"1\",{\"status\":\"Accepted\"}]");
        frame("2025-06-01T08:05:00Z", Direction.IN, "Heartbeat", "[2,\"2\",\"Heartbeat\",{}]");
        frame("2025-06-01T08:06:00Z", Direction.IN, null, "not json at all");
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void theJournalIsNewestFirst() {
        JsonNode page = api.get("/api/v1/stations/CP-1/journal").json();

        assertThat(page.path("total").asLong()).isEqualTo(4);
        assertThat(page.path("items").get(0).path("frame").asText()).isEqualTo("not json at all");
        assertThat(page.path("items").get(0).path("action").isNull()).isTrue();
        JsonNode heartbeat = page.path("items").get(1);
        assertThat(heartbeat.path("at").asText()).isEqualTo("2025-06-01T08:05:00Z");
        assertThat(heartbeat.path("direction").asText()).isEqualTo("In");
        assertThat(heartbeat.path("action").asText()).isEqualTo("Heartbeat");
        assertThat(heartbeat.path("messageId").asText()).isEqualTo("m-2025-06-01T08:05:00Z");
    }

    @Test
    void theJournalIsFilteredByActionAndTime() {
        JsonNode boot = api.get("/api/v1/stations/CP-1/journal?action=BootNotification").json();
        JsonNode window = api.get("/api/v1/stations/CP-1/journal?from=2025-06-01T08:00:01Z&to=2025-06-01T08:06:00Z")
                .json();

        assertThat(boot.path("items").valueStream().map(e -> e.path("direction").asText()))
                .containsExactly("Out", "In");
        assertThat(window.path("items").valueStream().map(e -> e.path("at").asText()))
                .containsExactly("2025-06-01T08:05:00Z", "2025-06-01T08:00:01Z");
    }

    @Test
    void theJournalIsPaged() {
        JsonNode page = api.get("/api/v1/stations/CP-1/journal?page=1&size=3").json();

        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("items").get(0).path("at").asText()).isEqualTo("2025-06-01T08:00:00Z");
    }

    @Test
    void anUnknownStationHasNoJournal() {
        assertThat(api.get("/api/v1/stations/CP-404/journal").status()).isEqualTo(404);
    }

    @Test
    void aBadTimeBoundIsNamed() {
        ApiResponse rejected = api.get("/api/v1/stations/CP-1/journal?from=yesterday");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorFields()).containsExactly("from");
    }

    private void frame(String at, Direction direction, String action, String frame) {
        platform.givenJournal(new JournalEntry(StationId.of("CP-1"), Instant.parse(at), direction, action,
                "m-" + at, frame));
    }
}
