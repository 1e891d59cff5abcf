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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fleets' post-paid accounts, drivers' vehicles, taxes and monthly statements over HTTP (issue 7): bad input
 * answered with problem details and nothing booked, tenancy on every call.
 */
class FleetAccountEndpointsTest {
    private static final String FLAT_TARIFF = """
            {"validFrom":"2025-01-01T00:00:00Z","currency":"EUR","sessionFee":"0.50",
             "energyPrices":[{"dayType":"Weekday","from":"00:00","to":"24:00","pricePerKwh":"0.30"},
                             {"dayType":"Weekend","from":"00:00","to":"24:00","pricePerKwh":"0.30"}]}""";
    private static final String PASSWORD = "Tariff-Table-2026!";
    private static final String VIN = "WVWZZZ1JZXW000001";

    private TestPlatform platform;
    private ApiClient admin;

    @BeforeEach
    void twoOperatorsWithADepotEachTaxedAtNineteenPercent() {
        platform = new TestPlatform();
        admin = platform.admin();
        for (String operator : List.of("nord", "sued")) {
            created(admin.post("/api/v1/operators", "{\"id\":\"" + operator + "\",\"name\":\"" + operator + "\"}"));
            created(admin.post("/api/v1/sites", """
                    {"id":"%s-depot","operatorId":"%s","name":"Depot","timeZone":"Europe/Berlin","currency":"EUR",
                     "taxRatePercent":"19"}""".formatted(operator, operator)));
            created(admin.post("/api/v1/sites/" + operator + "-depot/tariff/versions", FLAT_TARIFF));
            platform.given(aStation("CP-" + operator));
            assertThat(admin.send("PUT", "/api/v1/sites/" + operator + "-depot/stations/CP-" + operator, null)
                    .status()).isEqualTo(200);
        }
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aSiteShowsItsTaxRateAndABadRateIsRefused() {
        assertThat(admin.get("/api/v1/sites/nord-depot").json().path("taxRatePercent").asText()).isEqualTo("19");
        ApiResponse negative = admin.post("/api/v1/sites", """
                {"id":"bad","operatorId":"nord","name":"Bad","timeZone":"Europe/Berlin","currency":"EUR",
                 "taxRatePercent":"-1"}""");

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("taxRatePercent");
        assertThat(admin.get("/api/v1/sites/bad").status()).isEqualTo(404);
    }

    @Test
    void aFleetCarChargesByVinAndTheStatementCarriesTheOrderWithTax() throws Exception {
        long fleet = openFleet(admin, "nord", "500");
        JsonNode vehicle = created(admin.post("/api/v1/wallets/" + fleet + "/vehicles",
                "{\"vin\":\"VID" + VIN + "\",\"label\":\"van 7\"}"));
        assertThat(vehicle.path("idTokens")).extracting(JsonNode::asText).containsExactly(VIN, "VID" + VIN);

        settle(charge("CP-nord", "VID" + VIN, 10_000, Instant.parse("2025-06-10T10:00:00Z")));

        JsonNode order = admin.get("/api/v1/orders?walletId=" + fleet).json().path("items").get(0);
        assertThat(order.path("total").path("amount").asText()).isEqualTo("3.50");
        assertThat(order.path("tax").path("amount").asText()).isEqualTo("0.67");
        assertThat(order.path("gross").path("amount").asText()).isEqualTo("4.17");
        JsonNode account = admin.get("/api/v1/wallets/" + fleet).json();
        assertThat(account.path("balance").path("amount").asText()).isEqualTo("-4.17");
        assertThat(account.path("due").path("amount").asText()).isEqualTo("4.17");
        assertThat(account.path("creditLimit").path("amount").asText()).isEqualTo("500.00");

        JsonNode statement = admin.get("/api/v1/wallets/" + fleet + "/statements/2025-06").json();
        assertThat(statement.path("orders")).hasSize(1);
        assertThat(statement.path("totals").path("energy").path("amount").asText()).isEqualTo("3.00");
        assertThat(statement.path("net").path("amount").asText()).isEqualTo("3.50");
        assertThat(statement.path("tax").path("amount").asText()).isEqualTo("0.67");
        assertThat(statement.path("gross").path("amount").asText()).isEqualTo("4.17");
        assertThat(statement.path("balanceDue").path("amount").asText()).isEqualTo("4.17");
        String pdf = new PDFTextStripper().getText(Loader.loadPDF(admin.bytes("/api/v1/wallets/" + fleet
                + "/statements/2025-06?format=pdf")));
        assertThat(pdf).contains("Statement 2025-06", "net 3.50  tax 0.67  gross 4.17", "Net: 3.50 EUR",
                "Tax: 0.67 EUR", "Gross: 4.17 EUR", "Balance due: 4.17 EUR");
        String csv = new String(admin.bytes("/api/v1/wallets/" + fleet + "/statements/2025-06?format=csv"),
                StandardCharsets.UTF_8);
        assertThat(csv.lines()).anySatisfy(line -> assertThat(line).startsWith("order,").contains(
                ",VID" + VIN + ",10000,3.50,19,0.67,4.17,EUR"));
        assertThat(csv.lines()).contains("balanceDue,2025-07-01T00:00:00Z,,,,,,,,4.17,EUR");
        assertThat(admin.get("/api/v1/wallets/" + fleet + "/statements").json()).as("June is not closed yet").isEmpty();
        platform.clock.advance(java.time.Duration.ofDays(31));
        admin = platform.admin(); // a month later the first login has expired
        assertThat(admin.get("/api/v1/wallets/" + fleet + "/statements").json())
                .extracting(m -> m.path("month").asText()).containsExactly("2025-06");
        assertThat(admin.get("/api/v1/wallets/" + fleet + "/statements/2025-07").json().path("orders")).isEmpty();
    }

    @Test
    void aPaymentAgainstTheStatementIsBookedOnceAndMoreThanIsDueIsRefused() {
        long fleet = openFleet(admin, "nord", "500");
        created(admin.post("/api/v1/wallets/" + fleet + "/vehicles", "{\"vin\":\"" + VIN + "\"}"));
        settle(charge("CP-nord", VIN, 10_000, Instant.parse("2025-06-10T10:00:00Z")));
        ApiClient finance = user("nord-finance", "Finance", "\"operatorId\":\"nord\"");

        ApiResponse tooMuch = finance.postWithKey("/api/v1/wallets/" + fleet + "/payments", money("4.18", "EUR",
                "BankTransfer"), "p0");
        ApiResponse otherCurrency = finance.postWithKey("/api/v1/wallets/" + fleet + "/payments", money("4.17",
                "CHF", "BankTransfer"), "p0");
        ApiResponse negative = finance.postWithKey("/api/v1/wallets/" + fleet + "/payments", money("-4.17",
                "EUR", "BankTransfer"), "p0");
        ApiResponse first = finance.postWithKey("/api/v1/wallets/" + fleet + "/payments", money("4.17", "EUR",
                "BankTransfer"), "p1");
        ApiResponse replayed = finance.postWithKey("/api/v1/wallets/" + fleet + "/payments", money("4.17", "EUR",
                "BankTransfer"), "p1");
        ApiResponse sameKeyOtherAmount = finance.postWithKey("/api/v1/wallets/" + fleet + "/payments",
                money("1.00", "EUR", "BankTransfer"), "p1");

        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(otherCurrency.errorFields()).containsExactly("currency");
        assertThat(negative.errorFields()).containsExactly("amount");
        assertThat(first.status()).isEqualTo(201);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(sameKeyOtherAmount.status()).isEqualTo(409);
        JsonNode account = admin.get("/api/v1/wallets/" + fleet).json();
        assertThat(account.path("balance").path("amount").asText()).isEqualTo("0.00");
        JsonNode statement = admin.get("/api/v1/wallets/" + fleet + "/statements/2025-06").json();
        assertThat(statement.path("paymentsTotal").path("amount").asText()).isEqualTo("4.17");
        assertThat(statement.path("balanceDue").path("amount").asText()).isEqualTo("0.00");
    }

    @Test
    void anotherOperatorSeesNeitherTheAccountNorItsVehiclesNorItsStatementsAndADriverAddsOnlyToTheirOwn() {
        long fleet = openFleet(admin, "nord", "500");
        long other = openFleet(admin, "nord", "100");
        ApiClient south = user("sued-admin", "OperatorAdmin", "\"operatorId\":\"sued\"");
        ApiClient driver = user("ada", "Driver", "\"operatorId\":\"nord\",\"walletId\":" + fleet);

        assertThat(south.post("/api/v1/wallets/" + fleet + "/vehicles", "{\"vin\":\"" + VIN + "\"}").status())
                .isEqualTo(404);
        assertThat(south.get("/api/v1/wallets/" + fleet + "/statements/2025-06").status()).isEqualTo(404);
        assertThat(south.postWithKey("/api/v1/wallets/" + fleet + "/payments", money("1.00", "EUR", "Cash"), "s")
                .status()).isEqualTo(404);
        assertThat(driver.post("/api/v1/wallets/" + other + "/vehicles", "{\"vin\":\"" + VIN + "\"}").status())
                .isEqualTo(404);
        assertThat(driver.post("/api/v1/wallets/" + fleet + "/vehicles", "{\"vin\":\"" + VIN + "\"}").status())
                .isEqualTo(201);
        assertThat(driver.postWithKey("/api/v1/wallets/" + fleet + "/payments", money("1.00", "EUR", "Cash"), "d")
                .status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/wallets/" + other + "/vehicles", "{\"vin\":\"" + VIN + "\"}").status())
                .as("a VIN on one account only").isEqualTo(409);
        assertThat(admin.get("/api/v1/wallets/" + other + "/vehicles").json()).isEmpty();
        assertThat(admin.post("/api/v1/wallets/" + other + "/vehicles", "{\"vin\":\"WVWZZZ1JZXW00000I\"}")
                .errorFields()).containsExactly("vin");
        assertThat(admin.post("/api/v1/wallets/" + other + "/vehicles", "{\"label\":\"no vin\"}").errorFields())
                .containsExactly("vin");
        assertThat(driver.delete("/api/v1/wallets/" + fleet + "/vehicles/" + VIN).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/wallets/" + fleet + "/vehicles").json()).isEmpty();
    }

    @Test
    void aBadCreditLimitOrStatementMonthIsRefused() {
        ApiResponse zero = admin.post("/api/v1/wallets", """
                {"operatorId":"nord","holder":"Fleet","currency":"EUR","creditLimit":"0"}""");
        long fleet = openFleet(admin, "nord", "500");

        assertThat(zero.errorFields()).containsExactly("creditLimit");
        assertThat(admin.get("/api/v1/wallets").json().path("total").asLong()).isEqualTo(1);
        assertThat(admin.get("/api/v1/wallets/" + fleet + "/statements/2025-13").errorFields())
                .containsExactly("month");
        assertThat(admin.get("/api/v1/wallets/" + fleet + "/statements/2025-06?format=doc").errorFields())
                .containsExactly("format");
        assertThat(admin.get("/api/v1/wallets/" + fleet + "/statements/2025-08").errorFields())
                .as("a month in the future").containsExactly("month");
    }

    private Transaction charge(String station, String token, long wh, Instant stoppedAt) {
        return platform.given(aTransaction().at(station, 1).by(token).startedAt(stoppedAt.minusSeconds(3600))
                .meterStart(0).stopped(wh, stoppedAt, "Local"));
    }

    private void settle(Transaction stopped) {
        new SettleTransaction(platform.transactions, platform.tenants, platform.tariffs, platform.ledger,
                platform.orders, platform.clock).settle(stopped);
    }

    private ApiClient user(String username, String role, String scope) {
        created(admin.post("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"" + role + "\"," + scope + "}"));
        return platform.loggedIn(username, PASSWORD);
    }

    private static long openFleet(ApiClient client, String operator, String creditLimit) {
        return created(client.post("/api/v1/wallets", "{\"operatorId\":\"" + operator
                + "\",\"holder\":\"Spedition\",\"currency\":\"EUR\",\"creditLimit\":\"" + creditLimit + "\"}"))
                .path("id").asLong();
    }

    private static String money(String amount, String currency, String method) {
        return "{\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\",\"method\":\"" + method + "\"}";
    }

    private static JsonNode created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
