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
import io.gridcharge.ocpp.v16.core.Measurand;
import io.gridcharge.ocpp.v16.core.MeterValue;
import io.gridcharge.ocpp.v16.core.MeterValuesRequest;
import io.gridcharge.ocpp.v16.core.Reason;
import io.gridcharge.ocpp.v16.core.RegistrationStatus;
import io.gridcharge.ocpp.v16.core.SampledValue;
import io.gridcharge.ocpp.v16.core.StartTransactionRequest;
import io.gridcharge.ocpp.v16.core.StopTransactionRequest;
import io.gridcharge.ocpp.v16.core.UnitOfMeasure;
import io.gridcharge.ocpp.v16.types.AuthorizationStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 7 end to end on real PostgreSQL and a real OCPP 1.6J WebSocket: an operator sets time-of-use prices on a
 * site, a driver's wallet is topped up, a station charges across the 07:00 price boundary, and the order, the
 * wallet, the ledger and the invoice PDF all carry the same numbers. Then the drained wallet is refused.
 */
class BillingEndToEndIT {
    private static final String STATION_PASSWORD = "billing-station-secret";
    private static final String CARD = "CARD-BILL-1";
    // Tuesday 2026-03-10 in Berlin (UTC+1): 06:30 to 07:30 local, across the 07:00 price change.
    private static final Instant START = Instant.parse("2026-03-10T05:30:00Z");

    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    private OcppStationClient station;

    @BeforeAll
    static void anOperatorWithAPricedSiteAndAStation() {
        ApiClient api = PLATFORM.admin();
        assertThat(api.post("/api/v1/operators", Map.of("id", "stadtwerk", "name", "Stadtwerk")).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/sites", Map.of("id", "hof", "operatorId", "stadtwerk", "name", "Hof",
                "timeZone", "Europe/Berlin", "currency", "EUR", "minimumBalance", "2.00")).status()).isEqualTo(201);
        var tariff = api.post("/api/v1/sites/hof/tariff/versions", """
                {"validFrom":"2026-01-01T00:00:00Z","currency":"EUR","serviceFeePerKwh":"0.05","sessionFee":"0.50",
                 "energyPrices":[{"dayType":"Weekday","from":"00:00","to":"07:00","pricePerKwh":"0.20"},
                                 {"dayType":"Weekday","from":"07:00","to":"24:00","pricePerKwh":"0.40"},
                                 {"dayType":"Weekend","from":"00:00","to":"24:00","pricePerKwh":"0.25"}]}""");
        assertThat(tariff.status()).as(tariff.toString()).isEqualTo(201);
        assertThat(api.post("/api/v1/stations", Map.of("id", "BILL-1", "password", STATION_PASSWORD)).status())
                .isEqualTo(201);
        assertThat(api.put("/api/v1/sites/hof/stations/BILL-1", null).status()).isEqualTo(200);
    }

    @AfterEach
    void close() {
        if (station != null) {
            station.close();
        }
    }

    @Test
    void aChargeOverOcppBecomesASettledOrderWhoseInvoiceCarriesTheSameNumbers() throws Exception {
        ApiClient api = PLATFORM.admin();
        long wallet = aFundedWallet(api);
        station = OcppStationClient.connect(URI.create(PLATFORM.ocppUrl()), "BILL-1", STATION_PASSWORD,
                OcppVersion.V16, (action, request) -> {
                    throw new OcppCallException(ErrorCode.NOT_SUPPORTED, action + " is not expected here");
                }, Duration.ofSeconds(10));
        assertThat(station.call(BootNotificationRequest.of("Acme", "W7")).status()).isEqualTo(RegistrationStatus.Accepted);

        assertThat(station.call(new AuthorizeRequest(CARD)).idTagInfo().status()).isEqualTo(AuthorizationStatus.Accepted);
        int transaction = station.call(new StartTransactionRequest(1, CARD, 100_000, null, START)).transactionId();
        // 3 kWh in the first half hour (off-peak until 07:00 local), 2 kWh in the second (peak).
        station.call(new MeterValuesRequest(1, transaction, List.of(new MeterValue(START.plusSeconds(1800),
                List.of(new SampledValue("103.000", null, null, Measurand.Energy_Active_Import_Register, null, null,
                        UnitOfMeasure.kWh))))));
        station.call(new StopTransactionRequest(CARD, 105_000, START.plusSeconds(3600), transaction, Reason.Local,
                null));

        JsonNode order = await().atMost(Duration.ofSeconds(10)).until(
                () -> api.get("/api/v1/orders?siteId=hof").body().path("items"), items -> items.size() == 1).get(0);
        // energy 3 x 0.20 + 2 x 0.40 = 1.40; service 5 x 0.05 = 0.25; session 0.50
        assertThat(order.path("transactionId").asInt()).isEqualTo(transaction);
        assertThat(order.path("status").asText()).isEqualTo("Settled");
        assertThat(order.path("energyWh").asLong()).isEqualTo(5_000);
        assertThat(amount(order.path("breakdown").path("energy"))).isEqualTo("1.40");
        assertThat(amount(order.path("breakdown").path("service"))).isEqualTo("0.25");
        assertThat(amount(order.path("breakdown").path("session"))).isEqualTo("0.50");
        assertThat(amount(order.path("total"))).isEqualTo("2.15");

        JsonNode shown = api.get("/api/v1/wallets/" + wallet).body();
        assertThat(amount(shown.path("balance"))).isEqualTo("17.85");
        JsonNode charge = api.get("/api/v1/wallets/" + wallet + "/movements").body().path("items").get(0);
        assertThat(charge.path("kind").asText()).isEqualTo("Charge");
        assertThat(charge.path("orderId").asLong()).isEqualTo(order.path("id").asLong());
        assertThat(amount(charge.path("walletChange"))).isEqualTo("-2.15");
        assertThat(api.get("/api/v1/ledger/reconciliation").body().path("balanced").asBoolean()).isTrue();

        var pdf = api.getBytes("/api/v1/orders/" + order.path("id").asLong() + "/invoice");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/pdf"));
        String text = new PDFTextStripper().getText(Loader.loadPDF(pdf.body()));
        assertThat(text).contains("Receipt for order " + order.path("id").asLong(), "Transaction: " + transaction,
                "Station: BILL-1", "Energy: 5.000 kWh", "Energy: 1.40 EUR", "Service: 0.25 EUR",
                "Session: 0.50 EUR", "Total: 2.15 EUR", "Paid from wallet " + wallet);
    }

    @Test
    void aWalletBelowTheSiteMinimumIsBlockedWithTheReasonRecorded() {
        ApiClient api = PLATFORM.admin();
        long wallet = api.post("/api/v1/wallets", Map.of("operatorId", "stadtwerk", "holder", "Bo",
                "currency", "EUR", "idTokens", List.of("CARD-LOW"))).body().path("id").asLong();
        assertThat(api.post("/api/v1/id-tokens", Map.of("idToken", "CARD-LOW")).status()).isEqualTo(201);
        api.postWithKey("/api/v1/wallets/" + wallet + "/top-ups", Map.of("amount", "1.00", "currency", "EUR",
                "method", "Cash"), "low-1");
        station = OcppStationClient.connect(URI.create(PLATFORM.ocppUrl()), "BILL-1", STATION_PASSWORD,
                OcppVersion.V16, (action, request) -> {
                    throw new OcppCallException(ErrorCode.NOT_SUPPORTED, action);
                }, Duration.ofSeconds(10));
        station.call(BootNotificationRequest.of("Acme", "W7"));

        var answer = station.call(new AuthorizeRequest("CARD-LOW"));

        assertThat(answer.idTagInfo().status()).isEqualTo(AuthorizationStatus.Blocked);
        JsonNode refusal = api.get("/api/v1/wallets/" + wallet + "/refusals").body().get(0);
        assertThat(refusal.path("stationId").asText()).isEqualTo("BILL-1");
        assertThat(refusal.path("reason").asText()).contains("below the minimum 2.00 EUR of site hof");
    }

    private static long aFundedWallet(ApiClient api) {
        assertThat(api.post("/api/v1/id-tokens", Map.of("idToken", CARD)).status()).isEqualTo(201);
        var opened = api.post("/api/v1/wallets", Map.of("operatorId", "stadtwerk", "holder", "Ada",
                "currency", "EUR", "idTokens", List.of(CARD)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long wallet = opened.body().path("id").asLong();
        var topUp = api.postWithKey("/api/v1/wallets/" + wallet + "/top-ups",
                Map.of("amount", "20.00", "currency", "EUR", "method", "Cash"), "cash-desk-0001");
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(201);
        return wallet;
    }

    private static String amount(JsonNode money) {
        assertThat(money.path("currency").asText()).isEqualTo("EUR");
        return money.path("amount").asText();
    }
}
