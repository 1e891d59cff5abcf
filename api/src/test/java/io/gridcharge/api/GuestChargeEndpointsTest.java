package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static io.gridcharge.api.fixtures.TransactionFixture.aTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.billing.GuestCharging;
import io.gridcharge.domain.billing.SettleTransaction;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Guest charging over HTTP (issue 7): bad input books nothing, another tenant's station and charge are 404s. */
class GuestChargeEndpointsTest {
    private static final String FLAT_TARIFF = """
            {"validFrom":"2025-01-01T00:00:00Z","currency":"EUR","sessionFee":"0.50",
             "energyPrices":[{"dayType":"Weekday","from":"00:00","to":"24:00","pricePerKwh":"0.30"},
                             {"dayType":"Weekend","from":"00:00","to":"24:00","pricePerKwh":"0.30"}]}""";
    private static final String PASSWORD = "Tariff-Table-2026!";

    private TestPlatform platform;
    private ApiClient admin;

    @BeforeEach
    void twoOperatorsWithASiteEach() {
        platform = new TestPlatform();
        platform.commands.answer(io.gridcharge.domain.command.CommandReply.of("Accepted"));
        admin = platform.admin();
        for (String operator : List.of("nord", "sued")) {
            created(admin.post("/api/v1/operators", "{\"id\":\"" + operator + "\",\"name\":\"" + operator + "\"}"));
            created(admin.post("/api/v1/sites", """
                    {"id":"%s-hof","operatorId":"%s","name":"Hof","timeZone":"Europe/Berlin","currency":"EUR",
                     "taxRatePercent":"19"}""".formatted(operator, operator)));
            created(admin.post("/api/v1/sites/" + operator + "-hof/tariff/versions", FLAT_TARIFF));
            platform.given(aStation("CP-" + operator));
            assertThat(admin.send("PUT", "/api/v1/sites/" + operator + "-hof/stations/CP-" + operator, null)
                    .status()).isEqualTo(200);
        }
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aGuestChargeIsCapturedOnSettlementAndItsReceiptCarriesTheNumbers() throws Exception {
        ApiClient kiosk = user("nord-kiosk", "PropertyManager", "\"operatorId\":\"nord\",\"siteId\":\"nord-hof\"");
        JsonNode started = created(kiosk.post("/api/v1/guest-charges",
                "{\"stationId\":\"CP-nord\",\"connectorId\":1,\"amount\":\"25.00\",\"currency\":\"EUR\"}"));
        assertThat(started.path("status").asText()).isEqualTo("Authorized");
        assertThat(started.path("idToken").asText()).startsWith("GUEST-");

        Transaction stopped = platform.given(aTransaction().at("CP-nord", 1).by(started.path("idToken").asText())
                .startedAt(Instant.parse("2025-06-01T08:00:00Z")).meterStart(0)
                .stopped(10_000, Instant.parse("2025-06-01T09:00:00Z"), "Remote"));
        GuestCharging guests = new GuestCharging(new GuestCharging.Parts(platform.tenants, platform.tokens,
                platform.ledger, platform.guestCharges, new SettleTransaction(platform.transactions, platform.tenants,
                platform.tariffs, platform.ledger, platform.orders, platform.clock), platform.cards, platform.transactions),
                platform.commands, platform.clock);
        guests.accept(new ChargingEvents.TransactionStopped(StationId.of("CP-nord"), stopped, platform.clock.instant()));
        guests.accept(new ChargingEvents.TransactionStopped(StationId.of("CP-nord"), stopped, platform.clock.instant()));

        long id = started.path("id").asLong();
        JsonNode finished = kiosk.get("/api/v1/guest-charges/" + id).json();
        assertThat(finished.path("status").asText()).isEqualTo("Captured");
        assertThat(finished.path("captured").path("amount").asText()).isEqualTo("4.17");
        assertThat(finished.path("released").path("amount").asText()).isEqualTo("20.83");
        assertThat(platform.cards.hold(platform.guestCharges.find(id).orElseThrow().hold()).captures()).isEqualTo(1);
        String pdf = new PDFTextStripper().getText(Loader.loadPDF(kiosk.bytes("/api/v1/guest-charges/" + id
                + "/receipt")));
        assertThat(pdf).contains("Guest receipt for charge " + id, "Total: 3.50 EUR", "Tax (19 %): 0.67 EUR",
                "Gross: 4.17 EUR", "Card pre-authorized: 25.00 EUR", "Card charged: 4.17 EUR",
                "Released to the card: 20.83 EUR");
    }

    @Test
    void anotherTenantsStationOrChargeIsNotFoundAndBadInputStartsNothing() {
        ApiClient south = user("sued-admin", "OperatorAdmin", "\"operatorId\":\"sued\"");
        JsonNode started = created(admin.post("/api/v1/guest-charges",
                "{\"stationId\":\"CP-nord\",\"connectorId\":1,\"amount\":\"25.00\",\"currency\":\"EUR\"}"));

        assertThat(south.post("/api/v1/guest-charges",
                "{\"stationId\":\"CP-nord\",\"connectorId\":1,\"amount\":\"25.00\",\"currency\":\"EUR\"}").status())
                .isEqualTo(404);
        assertThat(south.get("/api/v1/guest-charges/" + started.path("id").asLong()).status()).isEqualTo(404);
        assertThat(south.get("/api/v1/guest-charges/" + started.path("id").asLong() + "/receipt").status())
                .isEqualTo(404);
        assertThat(admin.post("/api/v1/guest-charges",
                "{\"stationId\":\"CP-nord\",\"connectorId\":1,\"amount\":\"-1\",\"currency\":\"EUR\"}").errorFields())
                .containsExactly("amount");
        assertThat(admin.post("/api/v1/guest-charges",
                "{\"stationId\":\"CP-nord\",\"connectorId\":1,\"amount\":\"5\",\"currency\":\"CHF\"}").errorFields())
                .containsExactly("currency");
        assertThat(admin.post("/api/v1/guest-charges",
                "{\"stationId\":\"CP-nord\",\"amount\":\"5\",\"currency\":\"EUR\"}").errorFields())
                .containsExactly("connectorId");
        assertThat(admin.post("/api/v1/guest-charges",
                "{\"stationId\":\"CP-nord\",\"connectorId\":1,\"amount\":\"13.13\",\"currency\":\"EUR\"}").status())
                .isEqualTo(402);
        assertThat(platform.guestCharges.authorized(10)).hasSize(1);
    }

    private ApiClient user(String username, String role, String scope) {
        created(admin.post("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"" + role + "\"," + scope + "}"));
        return platform.loggedIn(username, PASSWORD);
    }

    private static JsonNode created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
