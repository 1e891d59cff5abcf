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
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.Reason;
import io.gridcharge.ocpp.v16.core.RemoteStartStopStatus;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionRequest;
import io.gridcharge.ocpp.v16.core.RemoteStartTransactionResponse;
import io.gridcharge.ocpp.v16.core.StartTransactionRequest;
import io.gridcharge.ocpp.v16.core.StopTransactionRequest;
import io.gridcharge.ocpp.v16.types.AuthorizationStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 7 end to end on real PostgreSQL and a real OCPP 1.6J WebSocket: a driver without an account pays 20.00
 * up front (pre-authorized on the sandbox card), the platform starts the connector remotely with a temporary
 * token, the station charges and stops (and sends its stop twice); the order's gross is captured once, the rest
 * released and refunded out of the temporary wallet, and the guest receipt carries the same numbers.
 */
class GuestChargingEndToEndIT {
    private static final String STATION_PASSWORD = "guest-station-secret";

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
    void aGuestChargeIsStartedRemotelyAndItsPaymentCapturedExactlyOnce() throws Exception {
        ApiClient api = PLATFORM.admin();
        aTaxedSiteWithAStation(api);
        BlockingQueue<RemoteStartTransactionRequest> starts = new LinkedBlockingQueue<>();
        station = OcppStationClient.connect(URI.create(PLATFORM.ocppUrl()), "GUEST-CP", STATION_PASSWORD,
                OcppVersion.V16, (action, request) -> {
                    if (request instanceof RemoteStartTransactionRequest start) {
                        starts.add(start);
                        return new RemoteStartTransactionResponse(RemoteStartStopStatus.Accepted);
                    }
                    throw new OcppCallException(ErrorCode.NOT_SUPPORTED, action + " is not expected here");
                }, Duration.ofSeconds(10));
        station.call(BootNotificationRequest.of("Acme", "W7"));

        var started = api.post("/api/v1/guest-charges", Map.of("stationId", "GUEST-CP", "connectorId", 1,
                "amount", "20.00", "currency", "EUR"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        long guest = started.body().path("id").asLong();
        String token = started.body().path("idToken").asText();
        RemoteStartTransactionRequest asked = starts.poll(10, TimeUnit.SECONDS);
        assertThat(asked).isNotNull();
        assertThat(asked.idTag()).isEqualTo(token);
        assertThat(asked.connectorId()).isEqualTo(1);

        Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        var begun = station.call(new StartTransactionRequest(1, asked.idTag(), 0, null, start));
        assertThat(begun.idTagInfo().status()).isEqualTo(AuthorizationStatus.Accepted);
        StopTransactionRequest stop = new StopTransactionRequest(token, 10_000, start.plusSeconds(3000),
                begun.transactionId(), Reason.EVDisconnected, null);
        station.call(stop);
        station.call(stop);

        JsonNode finished = await().atMost(Duration.ofSeconds(10)).until(
                () -> api.get("/api/v1/guest-charges/" + guest).body(),
                g -> "Captured".equals(g.path("status").asText()));
        // 10 kWh x 0.30 + session 0.50 = 3.50 net, 19 % tax 0.67, gross 4.17
        assertThat(amount(finished.path("captured"))).isEqualTo("4.17");
        assertThat(amount(finished.path("released"))).isEqualTo("15.83");
        JsonNode order = api.get("/api/v1/orders/" + finished.path("orderId").asLong()).body();
        assertThat(order.path("transactionId").asInt()).isEqualTo(begun.transactionId());
        assertThat(amount(order.path("gross"))).isEqualTo("4.17");
        assertThat(api.get("/api/v1/orders?siteId=platz").body().path("total").asLong()).isEqualTo(1);

        long wallet = finished.path("walletId").asLong();
        JsonNode movements = api.get("/api/v1/wallets/" + wallet + "/movements").body().path("items");
        assertThat(movements).extracting(m -> m.path("kind").asText() + " " + amount(m.path("amount")))
                .containsExactly("Refund 15.83", "Charge 4.17", "TopUp 20.00");
        JsonNode temporary = api.get("/api/v1/wallets/" + wallet).body();
        assertThat(temporary.path("status").asText()).isEqualTo("Closed");
        assertThat(amount(temporary.path("balance"))).isEqualTo("0.00");
        assertThat(api.get("/api/v1/ledger/reconciliation").body().path("balanced").asBoolean()).isTrue();

        var receipt = api.getBytes("/api/v1/guest-charges/" + guest + "/receipt");
        assertThat(receipt.statusCode()).isEqualTo(200);
        String text = new PDFTextStripper().getText(Loader.loadPDF(receipt.body()));
        assertThat(text).contains("Guest receipt for charge " + guest, "Total: 3.50 EUR", "Tax (19 %): 0.67 EUR",
                "Gross: 4.17 EUR", "Card pre-authorized: 20.00 EUR", "Card charged: 4.17 EUR",
                "Released to the card: 15.83 EUR");
    }

    private static void aTaxedSiteWithAStation(ApiClient api) {
        assertThat(api.post("/api/v1/operators", Map.of("id", "gast", "name", "Gast")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/sites", Map.of("id", "platz", "operatorId", "gast", "name", "Platz",
                "timeZone", "Europe/Berlin", "currency", "EUR", "taxRatePercent", "19")).status()).isEqualTo(201);
        var tariff = api.post("/api/v1/sites/platz/tariff/versions", """
                {"validFrom":"2020-01-01T00:00:00Z","currency":"EUR","sessionFee":"0.50",
                 "energyPrices":[{"dayType":"Weekday","from":"00:00","to":"24:00","pricePerKwh":"0.30"},
                                 {"dayType":"Weekend","from":"00:00","to":"24:00","pricePerKwh":"0.30"}]}""");
        assertThat(tariff.status()).as(tariff.toString()).isEqualTo(201);
        assertThat(api.post("/api/v1/stations", Map.of("id", "GUEST-CP", "password", STATION_PASSWORD)).status())
                .isEqualTo(201);
        assertThat(api.put("/api/v1/sites/platz/stations/GUEST-CP", null).status()).isEqualTo(200);
    }

    private static String amount(JsonNode money) {
        assertThat(money.path("currency").asText()).isEqualTo("EUR");
        return money.path("amount").asText();
    }
}
