package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.firmware.DiagnosticsFile;
import io.gridcharge.domain.station.StationId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalListAndFirmwareEndpointsTest {
    private static final String LOCAL_LIST = "/api/v1/stations/CP-1/local-list";

    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @BeforeEach
    void aStationAndATokenOrTwo() {
        platform.given(aStation("CP-1"));
        platform.givenToken("CARD-1", TokenStatus.ACCEPTED);
        platform.givenToken("CARD-2", TokenStatus.BLOCKED);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void theChosenTokensAreShownWithNothingSentYet() {
        ApiResponse chosen = api.send("PUT", LOCAL_LIST, "{\"tokens\":[\"CARD-2\",\"CARD-1\"],\"groups\":[\"FLEET\"]}");

        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.json().path("tokens").toString()).isEqualTo("[\"CARD-1\",\"CARD-2\"]");
        assertThat(chosen.json().path("groups").toString()).isEqualTo("[\"FLEET\"]");
        assertThat(chosen.json().path("stationVersion").isNull()).isTrue();
        assertThat(api.get(LOCAL_LIST).json()).isEqualTo(chosen.json());
    }

    @Test
    void aTokenGivenTwiceOrBlankIsRefusedNamingItsPlaceAndChangesNothing() {
        api.send("PUT", LOCAL_LIST, "{\"tokens\":[\"CARD-1\"]}");

        ApiResponse refused = api.send("PUT", LOCAL_LIST, "{\"tokens\":[\"CARD-2\",\"CARD-2\",\" \"]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("tokens[1]", "tokens[2]");
        assertThat(api.get(LOCAL_LIST).json().path("tokens").toString()).isEqualTo("[\"CARD-1\"]");
    }

    @Test
    void theLocalListOfAnUnknownStationIsNotFound() {
        assertThat(api.get("/api/v1/stations/CP-9/local-list").status()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/v1/stations/CP-9/local-list", "{}").status()).isEqualTo(404);
    }

    @Test
    void sendingTheListAnswersWithTheStationsWordAndTheVersionItHoldsNow() {
        api.send("PUT", LOCAL_LIST, "{\"tokens\":[\"CARD-1\"]}");

        ApiResponse sync = api.post(LOCAL_LIST + "/sync", "{}");

        assertThat(sync.status()).isEqualTo(200);
        assertThat(sync.json().path("status").asText()).isEqualTo("Accepted");
        assertThat(sync.json().path("updateType").asText()).isEqualTo("Full");
        assertThat(sync.json().path("version").asInt()).isEqualTo(1);
        assertThat(api.get(LOCAL_LIST).json().path("held").get(0).path("status").asText()).isEqualTo("Accepted");
    }

    @Test
    void sendingToAStationThatIsNotConnectedIsAConflict() {
        platform.commands.failWith(new CommandFailure.NotConnected(StationId.of("CP-1")));

        assertThat(api.post(LOCAL_LIST + "/sync", "{}").status()).isEqualTo(409);
    }

    @Test
    void anUploadedImageIsListedWithItsChecksumAndServedWithoutAToken() {
        ApiResponse uploaded = api.post("/api/v1/firmware?name=Wallbox&version=2.0&fileName=fw.bin", "firmware");

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().path("sha256").asText()).isEqualTo("c3bf47ea1f4a4a605470313cacb3a44f4a461f68c6faeab07e737610cb5ac835");
        String id = uploaded.json().path("id").asText();
        assertThat(uploaded.json().path("downloadUrl").asText())
                .isEqualTo("http://cs.example:8080/firmware/" + id + "/fw.bin");
        assertThat(api.get("/api/v1/firmware").json().findValuesAsText("id")).containsExactly(id);
        ApiResponse download = platform.anonymous().get("/firmware/" + id + "/fw.bin");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("firmware");
    }

    @Test
    void anImageFarLargerThanAJsonBodyIsTakenWhole() {
        String image = "x".repeat(3 * 1024 * 1024);

        ApiResponse uploaded = api.post("/api/v1/firmware?name=Big&version=1&fileName=big.bin", image);

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.json().path("size").asLong()).isEqualTo(image.length());
    }

    @Test
    void anUploadWithoutItsNameVersionOrFileNameIsRefusedAndNothingIsKept() {
        ApiResponse refused = api.post("/api/v1/firmware?name=Wallbox", "firmware");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("version", "fileName");
        assertThat(api.get("/api/v1/firmware").json()).isEmpty();
    }

    @Test
    void aDeletedImageIsNoLongerServed() {
        String id = api.post("/api/v1/firmware?name=W&version=1&fileName=fw.bin", "x").json().path("id").asText();

        assertThat(api.delete("/api/v1/firmware/" + id).status()).isEqualTo(204);

        assertThat(platform.anonymous().get("/firmware/" + id + "/fw.bin").status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/firmware/" + id).status()).isEqualTo(404);
    }

    @Test
    void theFirmwareListNeedsATokenButTheDownloadDoesNot() {
        assertThat(platform.anonymous().get("/api/v1/firmware").status()).isEqualTo(401);
        assertThat(platform.anonymous().get("/firmware/not-an-id/fw.bin").status()).isEqualTo(404);
    }

    @Test
    void anUpdateNamingBothAnImageAndALocationIsRefusedAndNothingIsSent() {
        ApiResponse refused = api.post("/api/v1/stations/CP-1/commands/update-firmware",
                "{\"firmwareId\":\"AAAAAAAAAAAAAAAAAAAAAA\",\"location\":\"http://x.example/fw.bin\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void diagnosticsGoToASingleUseUrlAndTheFileIsListedForItsStation() {
        platform.commands.answer(CommandReply.of(null, new DiagnosticsFile("diag.log")));

        ApiResponse requested = api.post("/api/v1/stations/CP-1/commands/get-diagnostics", "{}");
        String location = ((StationCommand.GetDiagnostics) platform.commands.sent().getLast().command()).location();
        String path = location.substring("http://cs.example:8080".length());
        ApiResponse uploaded = platform.anonymous().send("PUT", path + "?fileName=diag.log", "log lines");
        ApiResponse again = platform.anonymous().send("PUT", path, "other");

        assertThat(requested.json().path("announcedFileName").asText()).isEqualTo("diag.log");
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(404);
        long id = requested.json().path("id").asLong();
        assertThat(api.get("/api/v1/stations/CP-1/diagnostics").json().get(0).path("size").asInt()).isEqualTo(9);
        assertThat(api.get("/api/v1/stations/CP-1/diagnostics/" + id + "/file").body()).isEqualTo("log lines");
        assertThat(api.get("/api/v1/stations/CP-1/diagnostics-status").json().path("items").findValuesAsText("status"))
                .containsExactly("Received", "Requested");
    }

    @Test
    void aStationMayUploadItsDiagnosticsAsAMultipartFormWithOneFile() throws Exception {
        platform.commands.answer(CommandReply.of(null, new DiagnosticsFile("diag.log")));
        api.post("/api/v1/stations/CP-1/commands/get-diagnostics", "{}");
        String location = ((StationCommand.GetDiagnostics) platform.commands.sent().getLast().command()).location();
        String boundary = "----gridcharge-test";
        String form = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"station-diag.log\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
                + "multipart lines\r\n"
                + "--" + boundary + "--\r\n";

        int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + platform.server().port() + location.substring("http://cs.example:8080".length())))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();

        assertThat(status).isEqualTo(201);
        JsonNode upload = api.get("/api/v1/stations/CP-1/diagnostics").json().get(0);
        assertThat(upload.path("fileName").asText()).isEqualTo("station-diag.log");
        assertThat(upload.path("size").asInt()).isEqualTo("multipart lines".length());
    }

    @Test
    void anUploadToAnUnknownTokenIsNotFound() {
        assertThat(platform.anonymous().send("PUT", "/diagnostics/made-up-token", "x").status()).isEqualTo(404);
    }
}
