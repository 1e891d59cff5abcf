package io.gridcharge.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operator console in a real browser (issue 8): Debian's chromium, driven headless by playwright-core from
 * web/e2e/console.e2e.mjs, against the whole platform and a simulated charger over real OCPP. The browser logs
 * in, issues a card, registers the station and places it on the map, watches the charger come online on the
 * station page without a reload, starts and stops a remote charge
 * with the station's answers shown, finds the transaction with its chart and its priced order (the station is on a
 * site with a tariff), sees the station on the offline map and switches to Chinese, where the dashboard shows the
 * day's revenue. Screenshots of each step go to target/console-e2e/.
 */
class ConsoleEndToEndIT {
    private static final String STATION = "CP-E2E";
    private static final String STATION_PASSWORD = "e2e-station-secret-0123";
    private static final String CARD = "04E2E0C4D1";
    private static final Path WEB = Path.of("..", "web").toAbsolutePath().normalize();
    private static final Path SCREENSHOTS = Path.of("target", "console-e2e").toAbsolutePath();

    @RegisterExtension
    static final PlatformFixture platform = PlatformFixture.onItsOwnDatabase().with(Setting.TIME_ZONE, "Asia/Shanghai");

    @Test
    void anOperatorWatchesAStationComeOnlineStartsAndStopsACharge_andFindsItWithItsChartAndOrder() throws Exception {
        ApiClient api = platform.admin();
        aSiteWithATariff(api);
        List<String> output = new CopyOnWriteArrayList<>();
        ProcessBuilder script = new ProcessBuilder("node", "e2e/console.e2e.mjs")
                .directory(WEB.toFile())
                .redirectErrorStream(true);
        script.environment().putAll(Map.of("CONSOLE_URL", platform.httpUrl() + "/",
                "ADMIN_PASSWORD", PlatformFixture.ADMIN_PASSWORD, "STATION_ID", STATION,
                "STATION_PASSWORD", STATION_PASSWORD, "ID_TOKEN", CARD,
                "SCREENSHOTS", SCREENSHOTS.toString()));
        Process browser = script.start();
        // Each step of the script waits 30 s at most; this bounds the whole run should the browser hang.
        Thread.ofVirtual().start(() -> {
            try {
                if (!browser.waitFor(5, TimeUnit.MINUTES)) {
                    browser.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        SimulatedCharger charger = null;
        try (var lines = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                output.add(line);
                if (line.equals("READY-FOR-STATION")) {
                    // The browser registered the station: it joins the priced site, and, with the station page
                    // open and showing it offline, connects.
                    assertThat(api.put("/api/v1/sites/depot/stations/" + STATION, null).status()).isEqualTo(200);
                    charger = SimulatedCharger.connect(platform.ocppUrl(), STATION, STATION_PASSWORD);
                }
            }
            assertThat(browser.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            browser.destroy();
            if (charger != null) {
                charger.close();
            }
        }

        assertThat(browser.exitValue()).as(String.join("\n", output)).isZero();
        assertThat(output).contains("DONE");
        assertThat(SCREENSHOTS.resolve("06-transaction-chart.png")).isNotEmptyFile();
        assertThat(api.get("/api/v1/stations/" + STATION + "/location").body().path("latitude").asDouble())
                .isEqualTo(31.23);
        JsonNode transaction = api.get("/api/v1/transactions?stationId=" + STATION).body().path("items").get(0);
        assertThat(transaction.path("status").asText()).isEqualTo("Completed");
        assertThat(transaction.path("stopReason").asText()).isEqualTo("Remote");
        assertThat(transaction.path("idToken").asText()).isEqualTo(CARD);
        assertThat(transaction.path("energyWh").asLong()).isPositive();
        JsonNode order = api.get("/api/v1/orders/by-transaction/" + transaction.path("id").asLong()).body();
        assertThat(order.path("total").path("currency").asText()).isEqualTo("CNY");
        assertThat(output).as("the total the transaction page showed")
                .contains("ORDER-TOTAL " + order.path("total").path("amount").asText() + " CNY");
    }

    private static void aSiteWithATariff(ApiClient api) {
        assertThat(api.post("/api/v1/operators", Map.of("id", "east", "name", "East")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/sites", Map.of("id", "depot", "operatorId", "east", "name", "Depot",
                "timeZone", "Asia/Shanghai", "currency", "CNY", "minimumBalance", "0.00")).status()).isEqualTo(201);
        var tariff = api.post("/api/v1/sites/depot/tariff/versions", """
                {"validFrom":"2020-01-01T00:00:00Z","currency":"CNY","sessionFee":"1.00",
                 "energyPrices":[{"dayType":"Weekday","from":"00:00","to":"24:00","pricePerKwh":"1.20"},
                                 {"dayType":"Weekend","from":"00:00","to":"24:00","pricePerKwh":"1.20"}]}""");
        assertThat(tariff.status()).as(tariff.toString()).isEqualTo(201);
    }
}
