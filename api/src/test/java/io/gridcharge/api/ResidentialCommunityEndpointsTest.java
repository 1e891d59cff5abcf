package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static io.gridcharge.api.fixtures.TransactionFixture.aTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.billing.SettleTransaction;
import io.gridcharge.domain.charging.Transaction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A residential community (issue 7): its property manager sets the price, opens and tops up residents' wallets and
 * sees their history, and nothing of the operator's other site.
 */
class ResidentialCommunityEndpointsTest {
    private static final String TARIFF = """
            {"validFrom":"2025-01-01T00:00:00Z","currency":"EUR","sessionFee":"0.20",
             "energyPrices":[{"dayType":"Weekday","from":"00:00","to":"24:00","pricePerKwh":"%s"},
                             {"dayType":"Weekend","from":"00:00","to":"24:00","pricePerKwh":"%s"}]}""";
    private static final String PASSWORD = "Tariff-Table-2026!";

    private TestPlatform platform;
    private ApiClient admin;
    private ApiClient manager;

    @BeforeEach
    void anOperatorWithACommunityAndACarPark() {
        platform = new TestPlatform();
        admin = platform.admin();
        created(admin.post("/api/v1/operators", "{\"id\":\"nord\",\"name\":\"Nord\"}"));
        for (String site : List.of("lindenhof", "carpark")) {
            created(admin.post("/api/v1/sites", """
                    {"id":"%s","operatorId":"nord","name":"%s","timeZone":"Europe/Berlin","currency":"EUR"}"""
                    .formatted(site, site)));
            platform.given(aStation("CP-" + site));
            assertThat(admin.send("PUT", "/api/v1/sites/" + site + "/stations/CP-" + site, null).status())
                    .isEqualTo(200);
        }
        created(admin.post("/api/v1/sites/carpark/tariff/versions", TARIFF.formatted("0.50", "0.50")));
        created(admin.post("/api/v1/users", "{\"username\":\"hausverwaltung\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"PropertyManager\",\"operatorId\":\"nord\",\"siteId\":\"lindenhof\"}"));
        manager = platform.loggedIn("hausverwaltung", PASSWORD);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void thePropertyManagerSetsThePriceTopsUpAResidentAndSeesTheirHistory() {
        created(manager.post("/api/v1/sites/lindenhof/tariff/versions", TARIFF.formatted("0.25", "0.20")));
        long resident = created(manager.post("/api/v1/wallets", """
                {"operatorId":"nord","siteId":"lindenhof","holder":"Flat 3b","currency":"EUR","idTokens":["RES-3B"]}"""))
                .path("id").asLong();
        created(manager.postWithKey("/api/v1/wallets/" + resident + "/top-ups",
                "{\"amount\":\"30.00\",\"currency\":\"EUR\",\"method\":\"BankTransfer\"}", "rent-2025-06"));
        Transaction stopped = platform.given(aTransaction().at("CP-lindenhof", 1).by("RES-3B")
                .startedAt(Instant.parse("2025-06-02T18:00:00Z")).meterStart(0)
                .stopped(8_000, Instant.parse("2025-06-02T20:00:00Z"), "Local"));
        new SettleTransaction(platform.transactions, platform.tenants, platform.tariffs, platform.ledger,
                platform.orders, platform.clock).settle(stopped);

        assertThat(manager.get("/api/v1/wallets/" + resident).json().path("balance").path("amount").asText())
                .as("30.00 - (8 kWh x 0.25 + 0.20)").isEqualTo("27.80");
        assertThat(manager.get("/api/v1/wallets/" + resident + "/movements").json().path("items"))
                .extracting(m -> m.path("kind").asText()).containsExactly("Charge", "TopUp");
        assertThat(manager.get("/api/v1/orders?walletId=" + resident).json().path("items"))
                .singleElement().satisfies(o -> assertThat(o.path("total").path("amount").asText()).isEqualTo("2.20"));
        assertThat(manager.get("/api/v1/wallets/" + resident + "/statements/2025-06").json()
                .path("closing").path("amount").asText()).isEqualTo("27.80");
        assertThat(manager.get("/api/v1/wallets").json().path("items")).extracting(w -> w.path("id").asLong())
                .containsExactly(resident);
    }

    @Test
    void thePropertyManagerGivesAResidentALoginThatSeesOnlyTheirOwnWallet() {
        long resident = created(manager.post("/api/v1/wallets", """
                {"operatorId":"nord","siteId":"lindenhof","holder":"Flat 3b","currency":"EUR"}""")).path("id").asLong();
        long other = created(admin.post("/api/v1/wallets", """
                {"operatorId":"nord","siteId":"carpark","holder":"Visitor","currency":"EUR"}""")).path("id").asLong();

        created(manager.post("/api/v1/users", "{\"username\":\"flat-3b\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"Driver\",\"operatorId\":\"nord\",\"walletId\":" + resident + "}"));
        ApiResponse otherSite = manager.post("/api/v1/users", "{\"username\":\"visitor\",\"password\":\""
                + PASSWORD + "\",\"role\":\"Driver\",\"operatorId\":\"nord\",\"walletId\":" + other + "}");
        ApiResponse staff = manager.post("/api/v1/users", "{\"username\":\"boss\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"OperatorAdmin\",\"operatorId\":\"nord\"}");
        ApiClient flat = platform.loggedIn("flat-3b", PASSWORD);

        assertThat(otherSite.status()).isEqualTo(404);
        assertThat(staff.status()).as("operator-wide users are not the community's").isEqualTo(404);
        assertThat(flat.get("/api/v1/wallets").json().path("items")).extracting(w -> w.path("id").asLong())
                .containsExactly(resident);
        assertThat(flat.get("/api/v1/wallets/" + other).status()).isEqualTo(404);
    }

    @Test
    void thePropertyManagerReachesNothingOfTheOperatorsOtherSite() {
        long other = created(admin.post("/api/v1/wallets", """
                {"operatorId":"nord","siteId":"carpark","holder":"Visitor","currency":"EUR"}""")).path("id").asLong();
        long operatorWide = created(admin.post("/api/v1/wallets", """
                {"operatorId":"nord","holder":"Commuter","currency":"EUR"}""")).path("id").asLong();

        assertThat(manager.post("/api/v1/sites/carpark/tariff/versions", TARIFF.formatted("0.10", "0.10")).status())
                .isEqualTo(404);
        assertThat(manager.get("/api/v1/wallets/" + other).status()).isEqualTo(404);
        assertThat(manager.get("/api/v1/wallets/" + operatorWide).status()).isEqualTo(404);
        assertThat(manager.postWithKey("/api/v1/wallets/" + other + "/top-ups",
                "{\"amount\":\"5.00\",\"currency\":\"EUR\",\"method\":\"Cash\"}", "k").status()).isEqualTo(404);
        assertThat(manager.post("/api/v1/wallets", """
                {"operatorId":"nord","siteId":"carpark","holder":"X","currency":"EUR"}""").status()).isEqualTo(404);
        assertThat(manager.get("/api/v1/wallets/" + other + "/statements/2025-06").status()).isEqualTo(404);
        assertThat(manager.get("/api/v1/orders?siteId=carpark").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/sites/carpark/tariff").json()).hasSize(1);
    }

    private static JsonNode created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
