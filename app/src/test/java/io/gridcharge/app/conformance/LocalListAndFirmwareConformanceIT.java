package io.gridcharge.app.conformance;

import static io.gridcharge.app.conformance.ConformanceStations.status;
import static io.gridcharge.app.conformance.ConformanceStations.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Local Auth List Management and Firmware Management of the platform as an OCPP 1.6J central system, against
 * the independent station (ocpp-rpc in strict mode: every call the platform makes is checked against the
 * official schemas). Firmware downloads and diagnostics uploads go over plain HTTP without a bearer token, as
 * a charger makes them. Test names carry the OCA compliance test case they replay.
 */
class LocalListAndFirmwareConformanceIT {
    /** The answer to the GetConfiguration the platform asks before sending a list. */
    private static final Map<String, Object> LIST_LIMITS = Map.of("configurationKey", List.of(
            Map.of("key", "LocalAuthListMaxLength", "readonly", true, "value", "100"),
            Map.of("key", "SendLocalListMaxLength", "readonly", true, "value", "20")));

    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase();

    private final ApiClient api = PLATFORM.admin();
    private final HttpClient charger = HttpClient.newHttpClient();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "LAF");

    @Test
    void TC_042_1_CSMS_getLocalListVersionOfAStationWithoutLocalListSupport() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("GetLocalListVersion", Map.of("listVersion", -1));

        var version = api.get(localList(id) + "/version");

        assertThat(station.awaitCall("GetLocalListVersion").isEmpty()).isTrue();
        assertThat(version.status()).isEqualTo(200);
        assertThat(version.body().path("stationVersion").asInt()).isEqualTo(-1);
        assertThat(version.body().path("supported").asBoolean()).isFalse();
        assertThat(version.body().path("inSync").asBoolean()).isFalse();
    }

    @Test
    void TC_042_2_CSMS_getLocalListVersionOfAnEmptyListMatchesAPlatformThatSentNone() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("GetLocalListVersion", Map.of("listVersion", 0));

        var version = api.get(localList(id) + "/version");

        station.awaitCall("GetLocalListVersion");
        assertThat(version.body().path("stationVersion").asInt()).isZero();
        assertThat(version.body().path("platformVersion").asInt()).isZero();
        assertThat(version.body().path("inSync").asBoolean()).isTrue();
    }

    @Test
    void TC_043_4_CSMS_sendLocalAuthorizationListFullGivesEveryChosenTokenItsAnswer() {
        String id = stations.registeredStation();
        String accepted = stations.issuedToken();
        String blocked = stations.issuedToken("Blocked", null);
        ScriptedStation station = bootedStationTakingLists(id, "Accepted");

        var chosen = api.put(localList(id), Map.of("tokens", List.of(accepted, blocked)));
        var sync = api.post(localList(id) + "/sync", Map.of("full", true));

        JsonNode asked = station.awaitCall("GetConfiguration");
        JsonNode sent = station.awaitCall("SendLocalList");
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(asked.path("key").toString()).contains("LocalAuthListMaxLength", "SendLocalListMaxLength");
        assertThat(sent.path("updateType").asText()).isEqualTo("Full");
        assertThat(sent.path("listVersion").asInt()).isEqualTo(1);
        assertThat(sent.path("localAuthorizationList").findValuesAsText("idTag")).containsExactly(accepted, blocked);
        assertThat(sent.path("localAuthorizationList")).allSatisfy(entry ->
                assertThat(entry.has("idTagInfo")).isTrue());
        assertThat(sent.path("localAuthorizationList").get(1).path("idTagInfo").path("status").asText())
                .isEqualTo("Blocked");
        assertThat(sync.status()).isEqualTo(200);
        assertThat(sync.text("status")).isEqualTo("Accepted");
        assertThat(api.get(localList(id)).body().path("stationVersion").asInt()).isEqualTo(1);
    }

    @Test
    void TC_043_5_CSMS_sendLocalAuthorizationListDifferentialCarriesOnlyTheAddedToken() {
        String id = stations.registeredStation();
        String first = stations.issuedToken();
        String added = stations.issuedToken();
        ScriptedStation station = bootedStationTakingLists(id, "Accepted");
        api.put(localList(id), Map.of("tokens", List.of(first)));
        api.post(localList(id) + "/sync", Map.of());
        station.awaitCall("GetConfiguration");
        int initial = station.awaitCall("SendLocalList").path("listVersion").asInt();
        station.answer("GetLocalListVersion", Map.of("listVersion", initial));

        var before = api.get(localList(id) + "/version");
        api.put(localList(id), Map.of("tokens", List.of(first, added)));
        var sync = api.post(localList(id) + "/sync", Map.of("full", false));

        station.awaitCall("GetLocalListVersion");
        station.awaitCall("GetConfiguration");
        JsonNode sent = station.awaitCall("SendLocalList");
        assertThat(before.body().path("inSync").asBoolean()).isTrue();
        assertThat(sent.path("updateType").asText()).isEqualTo("Differential");
        assertThat(sent.path("localAuthorizationList").findValuesAsText("idTag")).containsExactly(added);
        assertThat(sent.path("localAuthorizationList").get(0).path("idTagInfo").path("status").asText())
                .isEqualTo("Accepted");
        assertThat(sent.path("listVersion").asInt()).isGreaterThan(initial);
        assertThat(sync.text("updateType")).isEqualTo("Differential");
        assertThat(sync.body().path("version").asInt()).isEqualTo(sent.path("listVersion").asInt());
    }

    @Test
    void aTokenDroppedFromTheChoiceIsRemovedByADifferentialWithoutIdTagInfo() {
        String id = stations.registeredStation();
        String kept = stations.issuedToken();
        String dropped = stations.issuedToken();
        ScriptedStation station = bootedStationTakingLists(id, "Accepted");
        api.put(localList(id), Map.of("tokens", List.of(kept, dropped)));
        api.post(localList(id) + "/sync", Map.of());
        station.awaitCall("GetConfiguration");
        station.awaitCall("SendLocalList");

        api.put(localList(id), Map.of("tokens", List.of(kept)));
        api.post(localList(id) + "/sync", Map.of());

        station.awaitCall("GetConfiguration");
        JsonNode sent = station.awaitCall("SendLocalList");
        assertThat(sent.path("localAuthorizationList").findValuesAsText("idTag")).containsExactly(dropped);
        assertThat(sent.path("localAuthorizationList").get(0).has("idTagInfo")).isFalse();
        assertThat(api.get(localList(id)).body().path("held").findValuesAsText("idToken")).containsExactly(kept);
    }

    @Test
    void aGroupChosenForAStationBringsItsMembersOnTheList() {
        String id = stations.registeredStation();
        String group = uniqueName("FLEET");
        String member = stations.issuedToken("Accepted", group);
        ScriptedStation station = bootedStationTakingLists(id, "Accepted");

        api.put(localList(id), Map.of("groups", List.of(group)));
        api.post(localList(id) + "/sync", Map.of());

        station.awaitCall("GetConfiguration");
        JsonNode entry = station.awaitCall("SendLocalList").path("localAuthorizationList").get(0);
        assertThat(entry.path("idTag").asText()).isEqualTo(member);
        assertThat(entry.path("idTagInfo").path("parentIdTag").asText()).isEqualTo(group);
    }

    @Test
    void versionMismatchOnADifferentialMakesThePlatformSendTheWholeList() {
        String id = stations.registeredStation();
        String first = stations.issuedToken();
        String added = stations.issuedToken();
        ScriptedStation station = bootedStationTakingLists(id, "Accepted");
        api.put(localList(id), Map.of("tokens", List.of(first)));
        api.post(localList(id) + "/sync", Map.of());
        station.awaitCall("GetConfiguration");
        station.awaitCall("SendLocalList");
        station.answer("SendLocalList", Map.of("status", "VersionMismatch"));
        api.put(localList(id), Map.of("tokens", List.of(first, added)));

        var sync = api.post(localList(id) + "/sync", Map.of());

        station.awaitCall("GetConfiguration");
        assertThat(station.awaitCall("SendLocalList").path("updateType").asText()).isEqualTo("Differential");
        assertThat(station.awaitCall("SendLocalList").path("updateType").asText()).isEqualTo("Full");
        assertThat(sync.body().path("fellBackToFull").asBoolean()).isTrue();
        assertThat(sync.text("status")).isEqualTo("VersionMismatch");
    }

    @Test
    void TC_043_1_CSMS_sendLocalAuthorizationListNotSupportedIsReportedAndNoVersionRecorded() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStationTakingLists(id, "NotSupported");
        api.put(localList(id), Map.of("tokens", List.of(card)));

        var sync = api.post(localList(id) + "/sync", Map.of());

        station.awaitCall("GetConfiguration");
        station.awaitCall("SendLocalList");
        assertThat(sync.text("status")).isEqualTo("NotSupported");
        JsonNode shown = api.get(localList(id)).body();
        assertThat(shown.path("lastStatus").asText()).isEqualTo("NotSupported");
        assertThat(shown.path("stationVersion").isNull()).isTrue();
    }

    @Test
    void TC_043_3_CSMS_sendLocalAuthorizationListFailedIsReportedAndNoVersionRecorded() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStationTakingLists(id, "Failed");
        api.put(localList(id), Map.of("tokens", List.of(card)));

        var sync = api.post(localList(id) + "/sync", Map.of());

        station.awaitCall("GetConfiguration");
        station.awaitCall("SendLocalList");
        assertThat(sync.text("status")).isEqualTo("Failed");
        assertThat(api.get(localList(id)).body().path("lastStatus").asText()).isEqualTo("Failed");
    }

    @Test
    void anUnknownTokenCannotBeChosenForALocalList() {
        String id = stations.registeredStation();

        var chosen = api.put(localList(id), Map.of("tokens", List.of("NOT-ISSUED")));

        assertThat(chosen.status()).isEqualTo(400);
        assertThat(api.get(localList(id)).body().path("tokens")).isEmpty();
    }

    @Test
    void TC_044_1_CSMS_firmwareUpdateDownloadAndInstallFromTheImageThePlatformHosts() throws Exception {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("UpdateFirmware", Map.of());
        byte[] image = ("GRIDCHARGE-FIRMWARE-" + id).getBytes(StandardCharsets.UTF_8);
        var uploaded = api.postBytes("/api/v1/firmware?name=Wallbox&version=2.1.0&fileName=wallbox-2.1.0.bin", image);
        String retrieveAt = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString();

        var update = api.post("/api/v1/stations/" + id + "/commands/update-firmware", Map.of(
                "firmwareId", uploaded.text("id"), "retrieveAt", retrieveAt, "retries", 2, "retryInterval", 30));
        JsonNode asked = station.awaitCall("UpdateFirmware");
        HttpResponse<byte[]> download = charger.send(HttpRequest.newBuilder(URI.create(asked.path("location").asText()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        station.call("FirmwareStatusNotification", Map.of("status", "Downloading"));
        station.call("FirmwareStatusNotification", Map.of("status", "Downloaded"));
        station.call("StatusNotification", status(1, "Unavailable"));
        station.call("FirmwareStatusNotification", Map.of("status", "Installing"));
        var reboot = station.call("BootNotification", Map.of("chargePointVendor", "Acme", "chargePointModel", "W7",
                "firmwareVersion", "2.1.0"));
        station.call("StatusNotification", status(1, "Available"));
        station.call("FirmwareStatusNotification", Map.of("status", "Installed"));

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.text("sha256")).isEqualTo(sha256(image));
        assertThat(update.status()).isEqualTo(200);
        assertThat(asked.path("location").asText()).isEqualTo(uploaded.text("downloadUrl"));
        assertThat(Instant.parse(asked.path("retrieveDate").asText())).isEqualTo(Instant.parse(retrieveAt));
        assertThat(asked.path("retries").asInt()).isEqualTo(2);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(image);
        assertThat(reboot.text("status")).isEqualTo("Accepted");
        assertThat(api.get("/api/v1/stations/" + id + "/firmware-status").body().path("items")
                .findValuesAsText("status"))
                .containsExactly("Installed", "Installing", "Downloaded", "Downloading", "Requested");
        assertThat(api.get("/api/v1/stations/" + id).body().path("boot").path("firmwareVersion").asText())
                .isEqualTo("2.1.0");
    }

    @Test
    void TC_044_2_CSMS_firmwareUpdateDownloadFailedIsInTheStationsHistory() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("UpdateFirmware", Map.of());

        api.post("/api/v1/stations/" + id + "/commands/update-firmware",
                Map.of("location", "http://firmware.example/unreachable.bin"));
        station.awaitCall("UpdateFirmware");
        station.call("FirmwareStatusNotification", Map.of("status", "Downloading"));
        station.call("FirmwareStatusNotification", Map.of("status", "DownloadFailed"));

        JsonNode history = api.get("/api/v1/stations/" + id + "/firmware-status").body().path("items");
        assertThat(history.findValuesAsText("status")).containsExactly("DownloadFailed", "Downloading", "Requested");
        assertThat(history.get(2).path("detail").asText()).isEqualTo("http://firmware.example/unreachable.bin");
    }

    @Test
    void TC_044_3_CSMS_firmwareUpdateInstallationFailedIsInTheStationsHistory() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("UpdateFirmware", Map.of());

        api.post("/api/v1/stations/" + id + "/commands/update-firmware",
                Map.of("location", "https://firmware.example/fw.bin"));
        station.awaitCall("UpdateFirmware");
        station.call("FirmwareStatusNotification", Map.of("status", "Downloading"));
        station.call("FirmwareStatusNotification", Map.of("status", "Downloaded"));
        station.call("FirmwareStatusNotification", Map.of("status", "Installing"));
        station.call("FirmwareStatusNotification", Map.of("status", "InstallationFailed"));

        assertThat(api.get("/api/v1/stations/" + id + "/firmware-status").body().path("items")
                .findValuesAsText("status")).first().isEqualTo("InstallationFailed");
    }

    @Test
    void aFirmwareUrlWithAGuessedIdServesNothing() throws Exception {
        byte[] image = {1, 2, 3};
        var uploaded = api.postBytes("/api/v1/firmware?name=X&version=1&fileName=x.bin", image);
        String url = uploaded.text("downloadUrl");
        String guessed = url.replace(uploaded.text("id"), "AAAAAAAAAAAAAAAAAAAAAA");

        int status = charger.send(HttpRequest.newBuilder(URI.create(guessed)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();

        assertThat(status).isEqualTo(404);
    }

    @Test
    void TC_045_1_CSMS_getDiagnosticsUploadsTheLogToTheLocationThePlatformGave() throws Exception {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("GetDiagnostics", Map.of("fileName", "diagnostics-" + id + ".log"));
        byte[] log = ("boot ok\nfault none\n" + id).getBytes(StandardCharsets.UTF_8);

        var requested = api.post("/api/v1/stations/" + id + "/commands/get-diagnostics",
                Map.of("startTime", Instant.now().minusSeconds(3600).toString(), "retries", 1));
        JsonNode asked = station.awaitCall("GetDiagnostics");
        station.call("DiagnosticsStatusNotification", Map.of("status", "Uploading"));
        int uploaded = upload(asked.path("location").asText() + "?fileName=diagnostics.log", log);
        station.call("DiagnosticsStatusNotification", Map.of("status", "Uploaded"));
        int again = upload(asked.path("location").asText(), log);

        assertThat(requested.status()).isEqualTo(200);
        assertThat(requested.text("announcedFileName")).isEqualTo("diagnostics-" + id + ".log");
        assertThat(asked.path("location").asText()).startsWith("http://");
        assertThat(uploaded).isEqualTo(201);
        assertThat(again).as("the upload URL is single-use").isEqualTo(404);
        JsonNode files = api.get("/api/v1/stations/" + id + "/diagnostics").body();
        assertThat(files.get(0).path("fileName").asText()).isEqualTo("diagnostics.log");
        assertThat(files.get(0).path("size").asInt()).isEqualTo(log.length);
        assertThat(api.getBytes("/api/v1/stations/" + id + "/diagnostics/" + files.get(0).path("id").asLong()
                + "/file").body()).isEqualTo(log);
        assertThat(api.get("/api/v1/stations/" + id + "/diagnostics-status").body().path("items")
                .findValuesAsText("status")).containsExactly("Uploaded", "Received", "Uploading", "Requested");
    }

    @Test
    void TC_045_2_CSMS_getDiagnosticsUploadFailedIsInTheStationsHistoryAndNoFileIsKept() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);
        station.answer("GetDiagnostics", Map.of("fileName", "diagnostics.log"));

        api.post("/api/v1/stations/" + id + "/commands/get-diagnostics", Map.of());
        station.awaitCall("GetDiagnostics");
        station.call("DiagnosticsStatusNotification", Map.of("status", "Uploading"));
        station.call("DiagnosticsStatusNotification", Map.of("status", "UploadFailed"));

        assertThat(api.get("/api/v1/stations/" + id + "/diagnostics-status").body().path("items")
                .findValuesAsText("status")).containsExactly("UploadFailed", "Uploading", "Requested");
        JsonNode upload = api.get("/api/v1/stations/" + id + "/diagnostics").body().get(0);
        assertThat(upload.path("receivedAt").isNull()).isTrue();
        assertThat(api.getBytes("/api/v1/stations/" + id + "/diagnostics/" + upload.path("id").asLong() + "/file")
                .statusCode()).isEqualTo(404);
    }

    private int upload(String location, byte[] content) throws IOException, InterruptedException {
        return charger.send(HttpRequest.newBuilder(URI.create(location))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** A booted station that tells its list limits and answers every SendLocalList with {@code status}. */
    private ScriptedStation bootedStationTakingLists(String id, String status) {
        ScriptedStation station = stations.bootedStation(id);
        station.answer("GetConfiguration", LIST_LIMITS);
        station.answer("SendLocalList", Map.of("status", status));
        return station;
    }

    private static String localList(String stationId) {
        return "/api/v1/stations/" + stationId + "/local-list";
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
