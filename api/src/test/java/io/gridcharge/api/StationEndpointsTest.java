package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.StationId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StationEndpointsTest {
    private static final String PASSWORD = "sixteen-chars-ok";

    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void registeringAStationAnswersCreatedWithItsLocation() {
        ApiResponse created = api.post("/api/v1/stations",
                "{\"id\":\"CP-1\",\"name\":\"Garage\",\"password\":\"" + PASSWORD + "\",\"registration\":\"Pending\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/stations/CP-1");
        assertThat(created.json().path("registration").asText()).isEqualTo("Pending");
        assertThat(created.json().path("hasPassword").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("hashed:");
        assertThat(platform.stations.find(StationId.of("CP-1")).orElseThrow().registration())
                .isEqualTo(RegistrationStatus.PENDING);
    }

    @Test
    void aStationIsAcceptedUnlessToldOtherwise() {
        ApiResponse created = api.post("/api/v1/stations", "{\"id\":\"CP-1\"}");

        assertThat(created.json().path("registration").asText()).isEqualTo("Accepted");
        assertThat(created.json().path("hasPassword").asBoolean()).isFalse();
    }

    @Test
    void registeringAnExistingIdIsAConflict() {
        platform.given(aStation("CP-1").named("First"));

        ApiResponse duplicate = api.post("/api/v1/stations", "{\"id\":\"CP-1\",\"name\":\"Second\"}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("type").asText()).endsWith("/conflict");
        assertThat(platform.stations.find(StationId.of("CP-1")).orElseThrow().name()).isEqualTo("First");
    }

    @Test
    void aStationShowsItsBootConnectorsAndPresence() {
        Instant booted = TestPlatform.NOW.minus(Duration.ofHours(1));
        platform.given(aStation("CP-1").named("Garage").withPasswordHash("secret-hash")
                .booted("ABB", "Terra AC", booted).lastSeen(booted)
                .withConnector(1, ConnectorStatus.CHARGING).withConnector(2, ConnectorStatus.SUSPENDED_EV));
        platform.clock.advance(Duration.ofMinutes(5));
        platform.connect("CP-1");

        JsonNode station = api.get("/api/v1/stations/CP-1").json();

        assertThat(station.path("connected").asBoolean()).isTrue();
        assertThat(station.path("lastSeen").asText()).isEqualTo("2025-06-01T10:05:00Z");
        assertThat(station.path("protocol").asText()).isEqualTo("ocpp1.6");
        assertThat(station.path("boot").path("vendor").asText()).isEqualTo("ABB");
        assertThat(station.path("boot").path("serialNumber").asText()).isEqualTo("SN-CP-1");
        assertThat(station.path("boot").path("meterType").asText()).isEqualTo("Eastron");
        assertThat(station.path("lastBootAt").asText()).isEqualTo("2025-06-01T09:00:00Z");
        assertThat(station.path("connectors").valueStream().map(c -> c.path("status").asText()))
                .containsExactly("Charging", "SuspendedEV");
        assertThat(station.path("connectors").get(0).path("errorCode").asText()).isEqualTo("NoError");
        assertThat(station.toString()).doesNotContain("secret-hash").doesNotContain("passwordHash");
    }

    @Test
    void aDisconnectedStationShowsTheStoredLastSeen() {
        platform.given(aStation("CP-1").lastSeen(Instant.parse("2025-05-31T22:00:00Z")));

        JsonNode station = api.get("/api/v1/stations/CP-1").json();

        assertThat(station.path("connected").asBoolean()).isFalse();
        assertThat(station.path("lastSeen").asText()).isEqualTo("2025-05-31T22:00:00Z");
        assertThat(station.path("boot").isNull()).isTrue();
    }

    @Test
    void anUnknownStationIsNotFound() {
        ApiResponse response = api.get("/api/v1/stations/CP-404");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText()).contains("CP-404");
    }

    @Test
    void stationsAreListedPageByPage() {
        for (int i = 1; i <= 5; i++) {
            platform.given(aStation("CP-" + i));
        }

        JsonNode page = api.get("/api/v1/stations?page=1&size=2").json();

        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("total").asLong()).isEqualTo(5);
        assertThat(ids(page)).containsExactly("CP-3", "CP-4");
    }

    @Test
    void stationsAreFilteredByTextAndRegistration() {
        platform.given(aStation("CP-1").named("Garage north"));
        platform.given(aStation("CP-2").named("Garage south").pending());
        platform.given(aStation("CP-3").named("Lobby"));

        assertThat(ids(api.get("/api/v1/stations?q=garage").json())).containsExactly("CP-1", "CP-2");
        assertThat(ids(api.get("/api/v1/stations?q=garage&registration=Pending").json())).containsExactly("CP-2");
    }

    @Test
    void stationsAreFilteredByWhetherTheyAreConnected() {
        for (int i = 1; i <= 4; i++) {
            platform.given(aStation("CP-" + i));
        }
        platform.connect("CP-2");
        platform.connect("CP-4");

        JsonNode connected = api.get("/api/v1/stations?connected=true").json();
        JsonNode disconnected = api.get("/api/v1/stations?connected=false&size=1&page=1").json();

        assertThat(ids(connected)).containsExactly("CP-2", "CP-4");
        assertThat(connected.path("items").get(0).path("connected").asBoolean()).isTrue();
        assertThat(ids(disconnected)).containsExactly("CP-3");
        assertThat(disconnected.path("total").asLong()).isEqualTo(2);
    }

    @Test
    void noStationIsConnectedWhenNoneIs() {
        platform.given(aStation("CP-1"));

        JsonNode connected = api.get("/api/v1/stations?connected=true").json();

        assertThat(connected.path("total").asLong()).isZero();
    }

    @Test
    void badListParametersAreNamed() {
        ApiResponse response = api.get("/api/v1/stations?connected=yes&size=0&registration=Maybe");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("connected", "size", "registration");
        assertThat(response.json().path("errors").toString()).contains("must be one of Accepted, Pending, Rejected");
    }

    @Test
    void aStationIsChangedFieldByField() {
        platform.given(aStation("CP-1").named("Garage").withPasswordHash("old"));

        ApiResponse changed = api.patch("/api/v1/stations/CP-1", "{\"registration\":\"Rejected\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("name").asText()).isEqualTo("Garage");
        assertThat(changed.json().path("registration").asText()).isEqualTo("Rejected");
        assertThat(platform.stations.find(StationId.of("CP-1")).orElseThrow().passwordHash()).isEqualTo("old");
    }

    @Test
    void aNewPasswordReplacesTheOld() {
        platform.given(aStation("CP-1").withPasswordHash("old"));

        api.patch("/api/v1/stations/CP-1", "{\"password\":\"" + PASSWORD + "\"}");

        assertThat(platform.stations.find(StationId.of("CP-1")).orElseThrow().passwordHash())
                .isEqualTo("hashed:" + PASSWORD);
    }

    @Test
    void changingAnUnknownStationIsNotFound() {
        assertThat(api.patch("/api/v1/stations/CP-404", "{\"name\":\"x\"}").status()).isEqualTo(404);
    }

    @Test
    void aRejectedChangeWritesNothing() {
        platform.given(aStation("CP-1").named("Garage"));

        ApiResponse rejected = api.patch("/api/v1/stations/CP-1",
                "{\"name\":\"" + "n".repeat(101) + "\",\"registration\":\"Accepted\",\"password\":\"short\"}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorFields()).containsExactlyInAnyOrder("name", "password");
        assertThat(platform.stations.find(StationId.of("CP-1")).orElseThrow().name()).isEqualTo("Garage");
    }

    @Test
    void aStationFieldCannotBeClearedWithNull() {
        platform.given(aStation("CP-1").named("Garage"));

        ApiResponse rejected = api.patch("/api/v1/stations/CP-1", "{\"name\":null}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorFields()).containsExactly("name");
    }

    @Test
    void aRemovedStationIsGone() {
        platform.given(aStation("CP-1"));

        assertThat(api.delete("/api/v1/stations/CP-1").status()).isEqualTo(204);

        assertThat(api.get("/api/v1/stations/CP-1").status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/stations/CP-1").status()).isEqualTo(404);
    }

    @Test
    void everyBrokenRuleOfARegistrationIsNamedAndNothingIsWritten() {
        ApiResponse rejected = api.post("/api/v1/stations",
                "{\"id\":\"CP 1/a\",\"password\":\"short\",\"registration\":\"accepted\"}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        assertThat(rejected.errorFields()).containsExactlyInAnyOrder("id", "password", "registration");
        assertThat(rejected.json().path("errors").get(0).path("rule").asText())
                .isEqualTo("may contain only letters, digits and . _ ~ -");
        assertThat(platform.stations.count()).isZero();
    }

    @Test
    void aMissingIdIsNamed() {
        ApiResponse rejected = api.post("/api/v1/stations", "{\"name\":\"Garage\"}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().path("errors").get(0).path("field").asText()).isEqualTo("id");
        assertThat(rejected.json().path("errors").get(0).path("rule").asText()).isEqualTo("is required");
    }

    @Test
    void anUnknownFieldIsNamed() {
        ApiResponse rejected = api.post("/api/v1/stations", "{\"id\":\"CP-1\",\"colour\":\"red\"}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorFields()).containsExactly("colour");
        assertThat(rejected.json().path("errors").get(0).path("rule").asText()).isEqualTo("is not a known field");
        assertThat(platform.stations.count()).isZero();
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        ApiResponse rejected = api.post("/api/v1/stations", "{\"id\":42}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorFields()).containsExactly("id");
        assertThat(rejected.json().path("errors").get(0).path("rule").asText()).isEqualTo("must be a string");
    }

    @Test
    void malformedJsonIsABadRequestThatSaysWhere() {
        ApiResponse rejected = api.post("/api/v1/stations", "{\"id\":\"CP-1\",}");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorFields()).containsExactly("body");
        assertThat(rejected.json().path("detail").asText()).contains("must be valid JSON").contains("line 1");
    }

    @Test
    void aBodyThatIsNotAnObjectIsABadRequest() {
        ApiResponse rejected = api.post("/api/v1/stations", "[\"CP-1\"]");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.json().path("errors").get(0).path("rule").asText()).isEqualTo("must be a JSON object");
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items").valueStream().map(s -> s.path("id").asText()).toList();
    }
}
