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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Billing over HTTP (issue 7): bad input answered with problem details and nothing booked, idempotent top-ups,
 * tenancy on every call, orders with their invoice and exports.
 */
class BillingEndpointsTest {
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
        admin = platform.admin();
        for (String operator : List.of("nord", "sued")) {
            created(admin.post("/api/v1/operators", "{\"id\":\"" + operator + "\",\"name\":\"" + operator + "\"}"));
            created(admin.post("/api/v1/sites", """
                    {"id":"%s-garage","operatorId":"%s","name":"Garage","timeZone":"Europe/Berlin","currency":"EUR",
                     "minimumBalance":"5.00","supplierPricePerKwh":"0.12"}""".formatted(operator, operator)));
            created(admin.post("/api/v1/sites/" + operator + "-garage/tariff/versions", FLAT_TARIFF));
            platform.given(aStation("CP-" + operator));
            assertThat(admin.send("PUT", "/api/v1/sites/" + operator + "-garage/stations/CP-" + operator, null)
                    .status()).isEqualTo(200);
        }
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void overlappingPeriodsOrAMissingHourAreRefusedNamingTheRule() {
        ApiResponse overlap = admin.post("/api/v1/sites/nord-garage/tariff/versions", """
                {"validFrom":"2026-01-01T00:00:00Z","currency":"EUR",
                 "energyPrices":[{"dayType":"Weekday","from":"00:00","to":"12:00","pricePerKwh":"0.30"},
                                 {"dayType":"Weekday","from":"11:00","to":"24:00","pricePerKwh":"0.30"},
                                 {"dayType":"Weekend","from":"00:00","to":"24:00","pricePerKwh":"0.30"}]}""");
        ApiResponse gap = admin.post("/api/v1/sites/nord-garage/tariff/versions", """
                {"validFrom":"2026-01-01T00:00:00Z","currency":"EUR",
                 "energyPrices":[{"dayType":"Weekday","from":"00:00","to":"24:00","pricePerKwh":"0.30"},
                                 {"dayType":"Weekend","from":"01:00","to":"24:00","pricePerKwh":"0.30"}]}""");
        ApiResponse foreign = admin.post("/api/v1/sites/nord-garage/tariff/versions",
                FLAT_TARIFF.replace("2025-01-01", "2026-02-01").replace("EUR", "CHF"));

        assertThat(overlap.status()).isEqualTo(400);
        assertThat(overlap.json().path("detail").asText()).contains("overlapping periods");
        assertThat(gap.status()).isEqualTo(400);
        assertThat(gap.json().path("detail").asText()).contains("has no price for WEEKEND 00:00-01:00");
        assertThat(foreign.errorFields()).containsExactly("currency");
        assertThat(admin.get("/api/v1/sites/nord-garage/tariff").json()).hasSize(1);
    }

    @Test
    void aQuotePricesReadingsWithTheSiteTariff() {
        ApiResponse quote = admin.post("/api/v1/sites/nord-garage/tariff/quote", """
                {"readings":[{"at":"2026-03-10T10:00:00Z","registerWh":0},{"at":"2026-03-10T12:00:00Z","registerWh":10000}]}""");

        assertThat(quote.status()).isEqualTo(200);
        assertThat(quote.json().path("components").path("energy").path("amount").asText()).isEqualTo("3.00");
        assertThat(quote.json().path("total").path("amount").asText()).isEqualTo("3.50");
    }

    @Test
    void badAmountsAreRefusedAndNothingIsBooked() {
        long wallet = openWallet(admin, "nord", "CARD-1");
        String path = "/api/v1/wallets/" + wallet + "/top-ups";

        assertThat(admin.postWithKey(path, topUp("-5.00", "EUR", "Cash"), "a").errorFields()).containsExactly("amount");
        assertThat(admin.postWithKey(path, topUp("1e9", "EUR", "Cash"), "b").errorFields()).containsExactly("amount");
        assertThat(admin.postWithKey(path, topUp("1.001", "EUR", "Cash"), "c").errorFields()).containsExactly("amount");
        assertThat(admin.postWithKey(path, topUp("5.00", "CHF", "Cash"), "d").errorFields()).containsExactly("currency");
        assertThat(admin.postWithKey(path, topUp("five", "EUR", "Cash"), "e").errorFields()).containsExactly("amount");
        assertThat(admin.post(path, topUp("5.00", "EUR", "Cash")).errorFields()).containsExactly("Idempotency-Key");
        assertThat(admin.postWithKey(path, topUp("5.00", "EUR", "Barter"), "f").errorFields()).containsExactly("method");
        assertThat(admin.postWithKey("/api/v1/wallets/" + wallet + "/refunds", topUp("1.00", "EUR", "Cash"), "g")
                .status()).isEqualTo(409);

        assertThat(balance(admin, wallet)).isEqualTo("0.00");
        assertThat(admin.get("/api/v1/wallets/" + wallet + "/movements").json().path("total").asLong()).isZero();
        assertThat(admin.get("/api/v1/ledger/reconciliation").json().path("balanced").asBoolean()).isTrue();
    }

    @Test
    void aTopUpSentAgainReturnsTheFirstBookingAndAnotherBodyUnderItsKeyIsAConflict() {
        long wallet = openWallet(admin, "nord", "CARD-1");
        String path = "/api/v1/wallets/" + wallet + "/top-ups";

        ApiResponse first = admin.postWithKey(path, topUp("25.00", "EUR", "BankTransfer"), "transfer-0815");
        ApiResponse again = admin.postWithKey(path, topUp("25.00", "EUR", "BankTransfer"), "transfer-0815");
        ApiResponse other = admin.postWithKey(path, topUp("30.00", "EUR", "BankTransfer"), "transfer-0815");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        assertThat(other.status()).isEqualTo(409);
        assertThat(balance(admin, wallet)).isEqualTo("25.00");
    }

    @Test
    void aDeclinedPaymentIs402AndBooksNothing() {
        long wallet = openWallet(admin, "nord", "CARD-1");

        ApiResponse declined = admin.postWithKey("/api/v1/wallets/" + wallet + "/top-ups",
                topUp("13.13", "EUR", "PaymentProvider"), "k");

        assertThat(declined.status()).isEqualTo(402);
        assertThat(balance(admin, wallet)).isEqualTo("0.00");
    }

    @Test
    void anOperatorAdminSeesAndChangesOnlyTheirOwnOperatorsData() {
        long southWallet = openWallet(admin, "sued", "CARD-S");
        ApiClient north = user("nord-admin", "OperatorAdmin", "\"operatorId\":\"nord\"");

        assertThat(north.get("/api/v1/sites").json()).extracting(s -> s.path("id").asText())
                .containsExactly("nord-garage");
        assertThat(north.get("/api/v1/sites/sued-garage").status()).isEqualTo(404);
        assertThat(north.post("/api/v1/sites/sued-garage/tariff/versions",
                FLAT_TARIFF.replace("2025-01-01", "2026-02-01")).status()).isEqualTo(404);
        assertThat(north.get("/api/v1/wallets/" + southWallet).status()).isEqualTo(404);
        assertThat(north.postWithKey("/api/v1/wallets/" + southWallet + "/top-ups", topUp("5", "EUR", "Cash"), "k")
                .status()).isEqualTo(404);
        assertThat(north.get("/api/v1/orders?operatorId=sued").status()).isEqualTo(404);
        assertThat(north.get("/api/v1/orders?siteId=sued-garage").json().path("total").asLong()).isZero();
        assertThat(north.get("/api/v1/reports/sites/sued-garage?period=day&date=2026-03-10").status())
                .isEqualTo(404);
        assertThat(north.post("/api/v1/operators", "{\"id\":\"west\",\"name\":\"West\"}").status()).isEqualTo(403);
        assertThat(balance(admin, southWallet)).isEqualTo("0.00");
        assertThat(north.post("/api/v1/sites/nord-garage/tariff/versions",
                FLAT_TARIFF.replace("2025-01-01", "2026-02-01")).status()).isEqualTo(201);
    }

    @Test
    void anOperatorAdminReachesTheirOwnStationsOnlyAndNotThePlatformWideRoutes() {
        ApiClient north = user("nord-admin", "OperatorAdmin", "\"operatorId\":\"nord\"");

        assertThat(north.get("/api/v1/stations/CP-nord").status()).isEqualTo(200);
        assertThat(north.get("/api/v1/stations/CP-sued").status()).isEqualTo(404);
        assertThat(north.get("/api/v1/stations/CP-sued/journal").status()).isEqualTo(404);
        assertThat(north.get("/api/v1/stations").json().path("items")).extracting(s -> s.path("id").asText())
                .containsExactly("CP-nord");
        assertThat(north.get("/api/v1/stations?connected=false").json().path("total").asLong()).isEqualTo(1);
        assertThat(north.post("/api/v1/stations", "{\"id\":\"CP-new\",\"password\":\"a-long-station-secret\"}")
                .status()).isEqualTo(403);
        Transaction own = platform.given(aTransaction().at("CP-nord", 1).by("CARD-N"));
        Transaction theirs = platform.given(aTransaction().at("CP-sued", 1).by("CARD-S"));
        assertThat(north.get("/api/v1/transactions").json().path("items")).extracting(t -> t.path("id").asLong())
                .containsExactly(own.id());
        assertThat(north.get("/api/v1/transactions/" + own.id()).status()).isEqualTo(200);
        assertThat(north.get("/api/v1/transactions/" + theirs.id()).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/transactions").json().path("total").asLong()).isEqualTo(2);
        assertThat(north.get("/api/v1/id-tokens").status()).isEqualTo(403);
        assertThat(north.get("/api/v1/sites/nord-garage/stations").json()).extracting(JsonNode::asText)
                .containsExactly("CP-nord");
    }

    @Test
    void financeBooksButChangesNoPricesAndADriverTopsUpOnlyTheirOwnWalletThroughTheProvider() {
        long wallet = openWallet(admin, "nord", "CARD-1");
        long other = openWallet(admin, "nord", "CARD-2");
        ApiClient finance = user("nord-finance", "Finance", "\"operatorId\":\"nord\"");
        ApiClient driver = user("ada", "Driver", "\"operatorId\":\"nord\",\"walletId\":" + wallet);

        assertThat(finance.post("/api/v1/sites/nord-garage/tariff/versions",
                FLAT_TARIFF.replace("2025-01-01", "2026-02-01")).status()).isEqualTo(403);
        assertThat(finance.postWithKey("/api/v1/wallets/" + wallet + "/top-ups", topUp("10", "EUR", "Cash"), "f1")
                .status()).isEqualTo(201);
        assertThat(driver.postWithKey("/api/v1/wallets/" + wallet + "/top-ups", topUp("10", "EUR", "Cash"), "d1")
                .status()).isEqualTo(403);
        assertThat(driver.postWithKey("/api/v1/wallets/" + wallet + "/top-ups",
                topUp("10", "EUR", "PaymentProvider"), "d2").status()).isEqualTo(201);
        assertThat(driver.get("/api/v1/wallets/" + other).status()).isEqualTo(404);
        assertThat(driver.get("/api/v1/wallets").json().path("items")).extracting(w -> w.path("id").asLong())
                .containsExactly(wallet);
        assertThat(driver.post("/api/v1/wallets/" + wallet + "/freeze", null).status()).isEqualTo(403);
        assertThat(balance(admin, wallet)).isEqualTo("20.00");
    }

    @Test
    void ordersCarryTheirBreakdownIntoTheInvoicePdfAndTheExports() throws Exception {
        long wallet = openWallet(admin, "nord", "CARD-1");
        admin.postWithKey("/api/v1/wallets/" + wallet + "/top-ups", topUp("20", "EUR", "Cash"), "k");
        Transaction stopped = platform.given(aTransaction().at("CP-nord", 1).by("CARD-1")
                .startedAt(Instant.parse("2025-06-02T08:00:00Z")).meterStart(0)
                .stopped(10_000, Instant.parse("2025-06-02T10:00:00Z"), "Local"));
        new SettleTransaction(platform.transactions, platform.tenants, platform.tariffs, platform.ledger,
                platform.orders, platform.clock).settle(stopped);

        JsonNode orders = admin.get("/api/v1/orders?siteId=nord-garage").json();
        assertThat(orders.path("total").asLong()).isEqualTo(1);
        JsonNode order = orders.path("items").get(0);
        assertThat(order.path("status").asText()).isEqualTo("Settled");
        assertThat(order.path("total").path("amount").asText()).isEqualTo("3.50");
        assertThat(balance(admin, wallet)).isEqualTo("16.50");

        String pdf = new PDFTextStripper().getText(Loader.loadPDF(admin.bytes("/api/v1/orders/" + order.path("id")
                .asLong() + "/invoice")));
        assertThat(pdf).contains("Receipt for order " + order.path("id").asLong(), "Energy: 10.000 kWh",
                "Energy: 3.00 EUR", "Session: 0.50 EUR", "Total: 3.50 EUR", "Paid from wallet " + wallet);

        String csv = new String(admin.bytes("/api/v1/orders/export?siteId=nord-garage"), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).contains(",10000,3.00,0.00,0.00,0.00,0.50,0.00,3.50,");

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                admin.bytes("/api/v1/orders/export?format=xlsx&siteId=nord-garage")))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellAsNumber(16)).hasValueSatisfying(total ->
                    assertThat(total).isEqualByComparingTo("3.50"));
        }

        ApiClient south = user("sued-admin", "OperatorAdmin", "\"operatorId\":\"sued\"");
        assertThat(south.get("/api/v1/orders/" + order.path("id").asLong()).status()).isEqualTo(404);
        assertThat(south.get("/api/v1/orders").json().path("total").asLong()).isZero();

        platform.downtime.wentDown(io.gridcharge.domain.station.StationId.of("CP-nord"),
                Instant.parse("2025-06-30T21:00:00Z"));
        JsonNode report = admin.get("/api/v1/reports/sites/nord-garage?period=month&month=2025-06").json();
        assertThat(report.path("downtimeSeconds").asLong()).as("until local midnight, 22:00Z").isEqualTo(3600);
        assertThat(report.path("sessions").asLong()).isEqualTo(1);
        // one station, 2 h of charging in June (720 h): 2 / 720
        assertThat(report.path("utilization").asText()).isEqualTo("0.0028");
        assertThat(report.path("averageSessionSeconds").asLong()).isEqualTo(7200);
        assertThat(report.path("failedSessions").asLong()).isZero();
        assertThat(report.path("energyWh").asLong()).isEqualTo(10_000);
        assertThat(report.path("revenue").get(0).path("total").path("amount").asText()).isEqualTo("3.50");
        assertThat(report.path("revenue").get(0).path("energyCost").path("amount").asText()).isEqualTo("1.20");
        assertThat(report.path("revenue").get(0).path("benefit").path("amount").asText()).isEqualTo("2.30");
    }

    @Test
    void aMonthlyStatementRunsFromTheOpeningBalanceThroughEveryMovementToTheClosingBalance() {
        long wallet = openWallet(admin, "nord", "CARD-1");
        admin.postWithKey("/api/v1/wallets/" + wallet + "/top-ups", topUp("20", "EUR", "Cash"), "may");
        platform.clock.advance(java.time.Duration.between(TestPlatform.NOW, Instant.parse("2025-07-03T10:00:00Z")));
        admin = platform.admin(); // sessions last 12 hours
        admin.postWithKey("/api/v1/wallets/" + wallet + "/refunds", topUp("5.00", "EUR", "Cash"), "july-1");
        admin.post("/api/v1/wallets/" + wallet + "/adjustments",
                "{\"amount\":\"1.25\",\"currency\":\"EUR\",\"reason\":\"goodwill\"}");
        platform.clock.advance(java.time.Duration.between(Instant.parse("2025-07-03T10:00:00Z"),
                Instant.parse("2025-08-01T00:00:00Z")));
        admin = platform.admin();
        admin.postWithKey("/api/v1/wallets/" + wallet + "/refunds", topUp("1.00", "EUR", "Cash"), "august-1");

        JsonNode july = admin.get("/api/v1/wallets/" + wallet + "/statement?month=2025-07").json();

        assertThat(july.path("opening").path("amount").asText()).isEqualTo("20.00");
        assertThat(july.path("movements")).extracting(m -> m.path("walletChange").path("amount").asText())
                .containsExactly("-5.00", "1.25");
        assertThat(july.path("closing").path("amount").asText()).isEqualTo("16.25");
        assertThat(admin.get("/api/v1/wallets/" + wallet + "/statement?month=July").errorFields())
                .containsExactly("month");
    }

    @Test
    void aMasterMeterBeyondTheExpectedLossesIsFlagged() {
        admin.post("/api/v1/sites/nord-garage/master-meter-readings", "{\"at\":\"2025-06-02T00:00:00Z\",\"registerWh\":0}");
        admin.post("/api/v1/sites/nord-garage/master-meter-readings",
                "{\"at\":\"2025-06-03T00:00:00Z\",\"registerWh\":50000}");

        JsonNode check = admin.get("/api/v1/sites/nord-garage/metering-check?from=2025-06-01T00:00:00Z"
                + "&to=2025-06-04T00:00:00Z").json();

        assertThat(check.path("masterWh").asLong()).isEqualTo(50_000);
        assertThat(check.path("stationsWh").asLong()).isZero();
        assertThat(check.path("flagged").asBoolean()).isTrue();
        assertThat(check.path("verdict").asText()).contains("possible theft");
    }

    @Test
    void theOrderOfATransactionIsFoundByTheTransactionAndOnlyByItsTenant() {
        Transaction stopped = settled("CP-nord", 10_000, Instant.parse("2025-06-01T08:00:00Z"));
        Transaction running = platform.given(aTransaction().at("CP-sued", 1).by("GUEST")
                .startedAt(Instant.parse("2025-06-01T09:00:00Z")).meterStart(0));

        JsonNode order = admin.get("/api/v1/orders/by-transaction/" + stopped.id()).json();

        assertThat(order.path("transactionId").asLong()).isEqualTo(stopped.id());
        assertThat(order.path("status").asText()).isEqualTo("Open");
        assertThat(order.path("breakdown").path("energy").path("amount").asText()).isEqualTo("3.00");
        assertThat(order.path("total").path("amount").asText()).isEqualTo("3.50");
        assertThat(admin.get("/api/v1/orders/by-transaction/" + running.id()).status()).isEqualTo(404);
        assertThat(user("sued-admin", "OperatorAdmin", "\"operatorId\":\"sued\"")
                .get("/api/v1/orders/by-transaction/" + stopped.id()).status()).isEqualTo(404);
        ApiResponse malformed = admin.get("/api/v1/orders/by-transaction/first");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("transactionId");
    }

    @Test
    void theDashboardsRevenueSumsTheOrdersOfTransactionsThatEndedSinceTheOperatorsMidnight() {
        platform.given(aStation("CP-nowhere"));
        settled("CP-nord", 10_000, Instant.parse("2025-05-31T21:00:00Z"));
        settled("CP-sued", 10_000, Instant.parse("2025-05-31T23:00:00Z"));
        settled("CP-nord", 5_000, Instant.parse("2025-06-01T08:00:00Z"));
        settled("CP-nowhere", 5_000, Instant.parse("2025-06-01T08:30:00Z"));

        JsonNode berlin = admin.get("/api/v1/dashboard?since=2025-05-31T22:00:00Z").json();
        JsonNode utc = admin.get("/api/v1/dashboard").json();

        assertThat(berlin.path("revenue")).hasSize(1);
        assertThat(berlin.path("revenue").get(0).path("amount").asText()).as("3.50 + 2.00, the unpriced adds nothing")
                .isEqualTo("5.50");
        assertThat(berlin.path("revenue").get(0).path("currency").asText()).isEqualTo("EUR");
        assertThat(utc.path("revenue").get(0).path("amount").asText()).isEqualTo("2.00");
        assertThat(user("nord-admin", "OperatorAdmin", "\"operatorId\":\"nord\"").get("/api/v1/dashboard").status())
                .as("the dashboard stays the platform admin's").isEqualTo(403);
    }

    /** A transaction of {@code wh} that ran for an hour up to {@code stoppedAt}, and its order. */
    private Transaction settled(String station, long wh, Instant stoppedAt) {
        Transaction stopped = platform.given(aTransaction().at(station, 1).by("GUEST")
                .startedAt(stoppedAt.minusSeconds(3600)).meterStart(0).stopped(wh, stoppedAt, "Local"));
        new SettleTransaction(platform.transactions, platform.tenants, platform.tariffs, platform.ledger,
                platform.orders, platform.clock).settle(stopped);
        return stopped;
    }

    private ApiClient user(String username, String role, String scope) {
        created(admin.post("/api/v1/users", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD
                + "\",\"role\":\"" + role + "\"," + scope + "}"));
        return platform.loggedIn(username, PASSWORD);
    }

    private static long openWallet(ApiClient client, String operator, String token) {
        return created(client.post("/api/v1/wallets", "{\"operatorId\":\"" + operator
                + "\",\"holder\":\"Ada\",\"currency\":\"EUR\",\"idTokens\":[\"" + token + "\"]}")).path("id").asLong();
    }

    private static String balance(ApiClient client, long wallet) {
        return client.get("/api/v1/wallets/" + wallet).json().path("balance").path("amount").asText();
    }

    private static String topUp(String amount, String currency, String method) {
        return "{\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\",\"method\":\"" + method + "\"}";
    }

    private static JsonNode created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
