package io.gridcharge.app.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.client.OcppStationClient;
import io.gridcharge.ocpp.v16.core.AuthorizeRequest;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.Reason;
import io.gridcharge.ocpp.v16.core.RegistrationStatus;
import io.gridcharge.ocpp.v16.core.StartTransactionRequest;
import io.gridcharge.ocpp.v16.core.StopTransactionRequest;
import io.gridcharge.ocpp.v16.types.AuthorizationStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 7 end to end on real PostgreSQL and a real OCPP 1.6J WebSocket: a fleet's car, on the fleet's
 * post-paid account by its VIN, charges by plug-and-charge ("VID" + VIN as its idTag) at a site taxed at 19 %;
 * the order carries the tax, the account owes the gross, and the month's statement (JSON and PDF) carries the
 * order with its tax and the balance due; a payment against it clears the account once.
 */
class FleetBillingEndToEndIT {
    private static final String STATION_PASSWORD = "fleet-station-secret";
    private static final String VIN = "WF0XXXGCDX1234567";

    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    private OcppStationClient station;

    @AfterEach
    void close() {
        if (station != null) {
            station.close();
        }
    }

    @Test
    void aFleetCarChargesByVinAndTheMonthlyStatementCarriesTheOrderWithTax() throws Exception {
        ApiClient api = PLATFORM.admin();
        aTaxedDepotWithAStation(api);
        var opened = api.post("/api/v1/wallets", Map.of("operatorId", "spedition", "holder", "Spedition Nord",
                "currency", "EUR", "creditLimit", "500"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long fleet = opened.body().path("id").asLong();
        assertThat(api.post("/api/v1/wallets/" + fleet + "/vehicles", Map.of("vin", VIN, "label", "van 7"))
                .status()).isEqualTo(201);
        // Within the current month, so the statement of this month carries it (and the booking made now).
        Instant now = Instant.now();
        Instant monthStart = YearMonth.now(ZoneOffset.UTC).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant start = now.minus(2, ChronoUnit.HOURS).isBefore(monthStart) ? monthStart
                : now.minus(2, ChronoUnit.HOURS);
        String idTag = "VID" + VIN;

        station = OcppStationClient.connect(URI.create(PLATFORM.ocppUrl()), "FLEET-1", STATION_PASSWORD,
                OcppVersion.V16, (action, request) -> {
                    throw new OcppCallException(ErrorCode.NOT_SUPPORTED, action + " is not expected here");
                }, Duration.ofSeconds(10));
        assertThat(station.call(BootNotificationRequest.of("Acme", "W7")).status())
                .isEqualTo(RegistrationStatus.Accepted);
        assertThat(station.call(new AuthorizeRequest(idTag)).idTagInfo().status())
                .as("a car's VIN is its driver's account").isEqualTo(AuthorizationStatus.Accepted);
        int transaction = station.call(new StartTransactionRequest(1, idTag, 10_000, null, start)).transactionId();
        station.call(new StopTransactionRequest(idTag, 15_000, start.plusSeconds(3600), transaction, Reason.EVDisconnected,
                null));

        JsonNode order = await().atMost(Duration.ofSeconds(10)).until(
                () -> api.get("/api/v1/orders?walletId=" + fleet).body().path("items"), items -> items.size() == 1)
                .get(0);
        // 5 kWh x 0.30 + session 0.50 = 2.00 net; 19 % = 0.38; gross 2.38
        assertThat(order.path("transactionId").asInt()).isEqualTo(transaction);
        assertThat(order.path("status").asText()).isEqualTo("Settled");
        assertThat(amount(order.path("total"))).isEqualTo("2.00");
        assertThat(order.path("taxRatePercent").asText()).isEqualTo("19");
        assertThat(amount(order.path("tax"))).isEqualTo("0.38");
        assertThat(amount(order.path("gross"))).isEqualTo("2.38");
        JsonNode account = api.get("/api/v1/wallets/" + fleet).body();
        assertThat(amount(account.path("balance"))).isEqualTo("-2.38");
        assertThat(amount(account.path("due"))).isEqualTo("2.38");

        String month = YearMonth.from(start.atZone(ZoneOffset.UTC)).toString();
        JsonNode statement = api.get("/api/v1/wallets/" + fleet + "/statements/" + month).body();
        assertThat(statement.path("orders")).singleElement()
                .satisfies(o -> assertThat(o.path("id").asLong()).isEqualTo(order.path("id").asLong()));
        assertThat(amount(statement.path("net"))).isEqualTo("2.00");
        assertThat(amount(statement.path("tax"))).isEqualTo("0.38");
        assertThat(amount(statement.path("gross"))).isEqualTo("2.38");
        assertThat(amount(statement.path("balanceDue"))).isEqualTo("2.38");
        var pdf = api.getBytes("/api/v1/wallets/" + fleet + "/statements/" + month + "?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = new PDFTextStripper().getText(Loader.loadPDF(pdf.body()));
        assertThat(text).contains("Statement " + month + " of account " + fleet, "Order " + order.path("id").asLong(),
                "net 2.00  tax 0.38  gross 2.38", "Tax: 0.38 EUR", "Balance due: 2.38 EUR");

        var paid = api.postWithKey("/api/v1/wallets/" + fleet + "/payments", Map.of("amount", "2.38",
                "currency", "EUR", "method", "BankTransfer"), "statement-" + month);
        var again = api.postWithKey("/api/v1/wallets/" + fleet + "/payments", Map.of("amount", "2.38",
                "currency", "EUR", "method", "BankTransfer"), "statement-" + month);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(amount(api.get("/api/v1/wallets/" + fleet).body().path("balance"))).isEqualTo("0.00");
        assertThat(api.get("/api/v1/ledger/reconciliation").body().path("balanced").asBoolean()).isTrue();
    }

    private static void aTaxedDepotWithAStation(ApiClient api) {
        assertThat(api.post("/api/v1/operators", Map.of("id", "spedition", "name", "Spedition")).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/sites", Map.of("id", "depot", "operatorId", "spedition", "name", "Depot",
                "timeZone", "Europe/Berlin", "currency", "EUR", "taxRatePercent", "19")).status()).isEqualTo(201);
        var tariff = api.post("/api/v1/sites/depot/tariff/versions", """
                {"validFrom":"2020-01-01T00:00:00Z","currency":"EUR","sessionFee":"0.50",
                 "energyPrices":[{"dayType":"Weekday","from":"00:00","to":"24:00","pricePerKwh":"0.30"},
                                 {"dayType":"Weekend","from":"00:00","to":"24:00","pricePerKwh":"0.30"}]}""");
        assertThat(tariff.status()).as(tariff.toString()).isEqualTo(201);
        assertThat(api.post("/api/v1/stations", Map.of("id", "FLEET-1", "password", STATION_PASSWORD)).status())
                .isEqualTo(201);
        assertThat(api.put("/api/v1/sites/depot/stations/FLEET-1", null).status()).isEqualTo(200);
    }

    private static String amount(JsonNode money) {
        assertThat(money.path("currency").asText()).isEqualTo("EUR");
        return money.path("amount").asText();
    }
}
