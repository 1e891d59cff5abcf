package io.gridcharge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.station.Connector;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.StationEvents;
import io.gridcharge.domain.station.StationId;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live event stream as a browser's EventSource sees it: a ticket, then text/event-stream. */
class LiveEventsTest {
    private static final StationId CP = StationId.of("CP-1");
    private static final Instant AT = TestPlatform.NOW;

    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aConnectorStatusChangeReachesAnOpenStreamAsAConnectorEvent() throws Exception {
        BlockingQueue<String[]> events = open(ticket());

        platform.live.accept(new StationEvents.ConnectorStatusChanged(CP,
                new Connector(1, ConnectorStatus.CHARGING, "NoError", null, null, AT), AT));

        String[] event = events.poll(5, TimeUnit.SECONDS);
        assertThat(event).isNotNull();
        assertThat(event[0]).isEqualTo("connector");
        JsonNode data = mapper.readTree(event[1]);
        assertThat(data.path("stationId").asText()).isEqualTo("CP-1");
        assertThat(data.path("connectorId").asInt()).isEqualTo(1);
        assertThat(data.path("status").asText()).isEqualTo("Charging");
        assertThat(data.path("at").asText()).isEqualTo("2025-06-01T10:00:00Z");
    }

    @Test
    void meterValuesArriveInTheConsolesUnitsAndAddToTheNetworksPower() throws Exception {
        BlockingQueue<String[]> events = open(ticket());

        platform.live.accept(new ChargingEvents.MeterValuesReceived(CP, 2, 7L, List.of(
                sample("Power.Active.Import", null, "7.4", "kW"),
                sample(MeterSample.ENERGY_REGISTER, null, "12.345", "kWh"),
                sample("Current.Import", "L1", "10", "A"), sample("Current.Import", "L2", "11", "A"),
                sample("SoC", null, "64", "Percent")), AT));

        JsonNode data = mapper.readTree(events.poll(5, TimeUnit.SECONDS)[1]);
        assertThat(data.path("transactionId").asLong()).isEqualTo(7);
        assertThat(data.path("powerW").asLong()).isEqualTo(7400);
        assertThat(data.path("energyWh").asLong()).isEqualTo(12345);
        assertThat(data.path("currentA").decimalValue()).isEqualByComparingTo("21");
        assertThat(data.path("soc").decimalValue()).isEqualByComparingTo("64");
        assertThat(api.get("/api/v1/dashboard").json().path("powerW").asLong()).isEqualTo(7400);
    }

    @Test
    void aFaultIsANoticeMarkedAsAnAlarmAndStaysInTheRecentList() throws Exception {
        platform.live.accept(new StationEvents.ConnectorStatusChanged(CP,
                new Connector(2, ConnectorStatus.FAULTED, "GroundFailure", null, null, AT), AT));

        JsonNode notice = api.get("/api/v1/live/recent").json().path("items").get(0);

        assertThat(notice.path("kind").asText()).isEqualTo("faulted");
        assertThat(notice.path("alarm").asBoolean()).isTrue();
        assertThat(notice.path("stationId").asText()).isEqualTo("CP-1");
        assertThat(notice.path("detail").path("errorCode").asText()).isEqualTo("GroundFailure");
    }

    @Test
    void theStreamWithoutATicketIsRefused() throws Exception {
        HttpResponse<String> response = http.send(stream(null), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aTicketOpensTheStreamOnlyOnce() throws Exception {
        String ticket = ticket();
        open(ticket);

        HttpResponse<String> again = http.send(stream(ticket), HttpResponse.BodyHandlers.ofString());

        assertThat(again.statusCode()).isEqualTo(401);
    }

    @Test
    void aTicketExpiresUnused() throws Exception {
        String ticket = ticket();
        platform.clock.advance(Duration.ofSeconds(31));

        HttpResponse<String> response = http.send(stream(ticket), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void onlyALoggedInUserGetsATicket() {
        assertThat(platform.anonymous().post("/api/v1/live/tickets", "{}").status()).isEqualTo(401);
    }

    private String ticket() {
        var response = api.post("/api/v1/live/tickets", "{}");
        assertThat(response.status()).isEqualTo(201);
        return response.json().path("ticket").asText();
    }

    private HttpRequest stream(String ticket) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.server().port() + "/api/v1/live"
                + (ticket == null ? "" : "?ticket=" + ticket))).header("Accept", "text/event-stream").build();
    }

    /** Opens the stream and reads its events ({name, data}) on a thread of their own. */
    private BlockingQueue<String[]> open(String ticket) throws Exception {
        HttpResponse<InputStream> response = http.send(stream(ticket), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        BlockingQueue<String[]> events = new ArrayBlockingQueue<>(100);
        CountDownLatch opened = new CountDownLatch(1);
        Thread.ofVirtual().start(() -> {
            try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = null;
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith(":") && line.contains("live")) {
                        opened.countDown();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:") && name != null) {
                        events.add(new String[] {name, line.substring(5).trim()});
                        name = null;
                    }
                }
            } catch (Exception ignored) {
                // the test ended and closed the stream
            }
        });
        // The server's first comment comes after it registered the stream with the feed.
        assertThat(opened.await(5, TimeUnit.SECONDS)).isTrue();
        return events;
    }

    private static MeterSample sample(String measurand, String phase, String value, String unit) {
        return new MeterSample(AT, measurand, phase, null, null, new BigDecimal(value), unit);
    }
}
