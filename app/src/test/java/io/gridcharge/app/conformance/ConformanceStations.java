package io.gridcharge.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stations and cards a conformance test sets up on a {@link PlatformFixture}: registered and issued through
 * the operator's API, stations played by {@link ScriptedStation}. Registered on a test instance
 * ({@code @RegisterExtension final ConformanceStations stations = ...}), it closes after each test every
 * station it opened and requires that the independent peer saw every message match the official schemas.
 */
final class ConformanceStations implements AfterEachCallback {
    /** The password every registered station is given. */
    static final String PASSWORD = "station-secret-0123";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final PlatformFixture platform;
    private final ApiClient api;
    private final String prefix;
    private final List<ScriptedStation> opened = new ArrayList<>();

    /** Station ids and cards start with {@code prefix}, so a log line tells which test class made them. */
    ConformanceStations(PlatformFixture platform, ApiClient api, String prefix) {
        this.platform = platform;
        this.api = api;
        this.prefix = prefix;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (ScriptedStation station : opened) {
            List<String> failures = station.schemaFailures();
            station.close();
            assertThat(failures).as("schema failures seen by the independent peer").isEmpty();
        }
    }

    /**
     * A name no other test in this run uses: {@code prefix-0042}. The serial is zero-padded so that names sort in
     * the order they were made.
     */
    static String uniqueName(String prefix) {
        return "%s-%04d".formatted(prefix, SERIAL.incrementAndGet());
    }

    /** A station registered (and so accepted at boot) with {@link #PASSWORD}. */
    String registeredStation() {
        String id = uniqueName(prefix);
        var created = api.post("/api/v1/stations", Map.of("id", id, "password", PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id;
    }

    /** An accepted card in no group. */
    String issuedToken() {
        return issuedToken("Accepted", null);
    }

    /** A card with this status, in {@code groupId} unless that is null. */
    String issuedToken(String status, String groupId) {
        String token = uniqueName(prefix + "-CARD");
        Map<String, Object> body = new HashMap<>(Map.of("idToken", token, "status", status));
        if (groupId != null) {
            body.put("groupId", groupId);
        }
        var created = api.post("/api/v1/id-tokens", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return token;
    }

    /** Opens a connection as {@code id}, whatever its outcome; see {@link ScriptedStation#connected()}. */
    ScriptedStation connect(String id, String password) {
        ScriptedStation station = ScriptedStation.connect(platform.ocppUrl(), id, password);
        opened.add(station);
        return station;
    }

    /** A station connected with {@link #PASSWORD} speaking OCPP 2.0.1 only, that has sent nothing yet. */
    ScriptedStation connectedStation201(String id) {
        ScriptedStation station = ScriptedStation.connect(platform.ocppUrl(), id, PASSWORD, "ocpp2.0.1");
        opened.add(station);
        assertThat(station.connected()).as(station.connectFailure()).isTrue();
        return station;
    }

    /** A station connected with {@link #PASSWORD} that has sent nothing yet. */
    ScriptedStation connectedStation(String id) {
        ScriptedStation station = connect(id, PASSWORD);
        assertThat(station.connected()).as(station.connectFailure()).isTrue();
        return station;
    }

    /** A connected station whose BootNotification was accepted. */
    ScriptedStation bootedStation(String id) {
        ScriptedStation station = connectedStation(id);
        assertThat(station.call("BootNotification", Map.of("chargePointVendor", "Acme", "chargePointModel", "W7"))
                .text("status")).isEqualTo("Accepted");
        return station;
    }

    /** A StatusNotification payload with no error, stamped now. */
    static Map<String, Object> status(int connectorId, String status) {
        return Map.of("connectorId", connectorId, "errorCode", "NoError", "status", status,
                "timestamp", Instant.now().toString());
    }
}
