package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static io.gridcharge.api.fixtures.TransactionFixture.aTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.Transaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransactionEndpointsTest {
    private static final Instant MORNING = Instant.parse("2025-06-01T08:00:00Z");
    private static final Instant NOON = Instant.parse("2025-06-01T12:00:00Z");

    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aCompletedTransactionShowsItsEnergyInWh() {
        platform.given(aStation("CP-1"));
        Transaction done = platform.given(aTransaction().at("CP-1", 2).by("RFID-1").startedAt(MORNING)
                .meterStart(10_000).stopped(17_250, NOON, "EVDisconnected"));

        JsonNode transaction = api.get("/api/v1/transactions/" + done.id()).json();

        assertThat(transaction.path("id").asLong()).isEqualTo(done.id());
        assertThat(transaction.path("stationId").asText()).isEqualTo("CP-1");
        assertThat(transaction.path("connectorId").asInt()).isEqualTo(2);
        assertThat(transaction.path("idToken").asText()).isEqualTo("RFID-1");
        assertThat(transaction.path("meterStart").asLong()).isEqualTo(10_000);
        assertThat(transaction.path("meterStop").asLong()).isEqualTo(17_250);
        assertThat(transaction.path("energyWh").asLong()).isEqualTo(7_250);
        assertThat(transaction.path("startedAt").asText()).isEqualTo("2025-06-01T08:00:00Z");
        assertThat(transaction.path("stoppedAt").asText()).isEqualTo("2025-06-01T12:00:00Z");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("EVDisconnected");
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
    }

    @Test
    void aTransactionComesWithItsMeterSamples() {
        Transaction active = platform.given(aTransaction().at("CP-1", 1).startedAt(MORNING)
                .withSample(new MeterSample(MORNING.plusSeconds(60), MeterSample.ENERGY_REGISTER, null, "Outlet",
                        "Sample.Periodic", new BigDecimal("10.250"), "kWh")));

        JsonNode transaction = api.get("/api/v1/transactions/" + active.id()).json();

        assertThat(transaction.path("status").asText()).isEqualTo("Active");
        assertThat(transaction.path("meterStop").isNull()).isTrue();
        assertThat(transaction.path("energyWh").isNull()).isTrue();
        JsonNode sample = transaction.path("samples").get(0);
        assertThat(sample.path("measurand").asText()).isEqualTo("Energy.Active.Import.Register");
        assertThat(sample.path("value").decimalValue()).isEqualByComparingTo("10.25");
        assertThat(sample.path("unit").asText()).isEqualTo("kWh");
        assertThat(sample.path("at").asText()).isEqualTo("2025-06-01T08:01:00Z");
    }

    @Test
    void transactionsAreFilteredByStationStatusAndStartTime() {
        platform.given(aTransaction().at("CP-1", 1).by("A").startedAt(MORNING).stopped(2_000, NOON, "Local"));
        platform.given(aTransaction().at("CP-1", 2).by("B").startedAt(NOON));
        platform.given(aTransaction().at("CP-2", 1).by("C").startedAt(NOON));

        assertThat(tokens(api.get("/api/v1/transactions?stationId=CP-1").json())).containsExactlyInAnyOrder("A", "B");
        assertThat(tokens(api.get("/api/v1/transactions?status=Active").json())).containsExactlyInAnyOrder("B", "C");
        assertThat(tokens(api.get("/api/v1/transactions?from=2025-06-01T09:00:00Z&to=2025-06-01T13:00:00Z")
                .json())).containsExactlyInAnyOrder("B", "C");
        assertThat(api.get("/api/v1/transactions?size=1").json().path("total").asLong()).isEqualTo(3);
    }

    @Test
    void badTransactionFiltersAreNamed() {
        ApiResponse rejected = api.get("/api/v1/transactions?stationId=a%20b&status=Done"
                + "&from=2025-06-02T00:00:00Z&to=2025-06-01T00:00:00Z&page=-1");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorFields()).containsExactlyInAnyOrder("stationId", "status", "to", "page");
    }

    @Test
    void anUnknownTransactionIsNotFound() {
        assertThat(api.get("/api/v1/transactions/999").status()).isEqualTo(404);
    }

    @Test
    void aTransactionIdMustBeANumber() {
        ApiResponse rejected = api.get("/api/v1/transactions/abc");

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.errorFields()).containsExactly("id");
    }

    private static List<String> tokens(JsonNode page) {
        return page.path("items").valueStream().map(t -> t.path("idToken").asText()).toList();
    }
}
