package io.gridcharge.gateway;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.firmware.DiagnosticsFile;
import io.gridcharge.domain.localauth.LocalListEntry;
import io.gridcharge.domain.localauth.LocalListVersion;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Local Auth List Management and Firmware Management commands as OCPP 1.6 calls, and the answers read back. */
class LocalListAndFirmwareCommandsTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final Instant EXPIRY = Instant.parse("2026-12-31T23:00:00Z");

    private final GatewayFixture gateway = aGateway().withStation("CP-1").withCallTimeout(Duration.ofMillis(500)).start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aDifferentialListGivesAddedTokensTheirIdTagInfoAndRemovedOnesNone() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("SendLocalList", p -> "{\"status\":\"VersionMismatch\"}")) {
            CommandReply reply = gateway.commands.send(CP_1, new StationCommand.SendLocalList(7, false, List.of(
                    new LocalListEntry(IdToken.of("CARD-1"),
                            new Authorization(AuthorizationStatus.BLOCKED, EXPIRY, IdToken.of("FLEET"))),
                    LocalListEntry.removal(IdToken.of("CARD-2"))))).join();

            assertThat(reply.status()).isEqualTo("VersionMismatch");
            JsonNode sent = station.callsReceived("SendLocalList").getFirst().get(3);
            assertThat(sent.path("listVersion").asInt()).isEqualTo(7);
            assertThat(sent.path("updateType").asText()).isEqualTo("Differential");
            JsonNode added = sent.path("localAuthorizationList").get(0);
            assertThat(added.path("idTag").asText()).isEqualTo("CARD-1");
            assertThat(added.path("idTagInfo").path("status").asText()).isEqualTo("Blocked");
            assertThat(added.path("idTagInfo").path("parentIdTag").asText()).isEqualTo("FLEET");
            assertThat(Instant.parse(added.path("idTagInfo").path("expiryDate").asText())).isEqualTo(EXPIRY);
            assertThat(sent.path("localAuthorizationList").get(1).has("idTagInfo")).isFalse();
        }
    }

    @Test
    void aTokenLongerThanOcpp16AllowsCannotBeOnTheListAndNothingIsSent() {
        try (TestStation station = gateway.bootedStation("CP-1")) {
            assertThatThrownBy(() -> gateway.commands.send(CP_1, new StationCommand.SendLocalList(1, true, List.of(
                    new LocalListEntry(IdToken.of("A-TOKEN-LONGER-THAN-TWENTY"),
                            Authorization.of(AuthorizationStatus.ACCEPTED))))))
                    .isInstanceOfSatisfying(InvalidInput.class,
                            invalid -> assertThat(invalid.field()).isEqualTo("localAuthorizationList.idTag"));
            assertThat(station.callsReceived("SendLocalList")).isEmpty();
        }
    }

    @Test
    void theListVersionComesBackAsItsOwnResult() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("GetLocalListVersion", p -> "{\"listVersion\":-1}")) {
            CommandReply reply = gateway.commands.send(CP_1, new StationCommand.GetLocalListVersion()).join();

            assertThat(reply.result()).isEqualTo(new LocalListVersion(-1));
            assertThat(((LocalListVersion) reply.result()).supported()).isFalse();
        }
    }

    @Test
    void updateFirmwareCarriesTheLocationAndRetrieveDateAndGetDiagnosticsReturnsTheFileName() {
        try (TestStation station = gateway.bootedStation("CP-1")
                .answering("UpdateFirmware", p -> "{}")
                .answering("GetDiagnostics", p -> "{\"fileName\":\"diag.tar.gz\"}")) {
            CommandReply update = gateway.commands.send(CP_1, new StationCommand.UpdateFirmware(
                    "http://cs.example/firmware/x/fw.bin", EXPIRY, 3, 60)).join();
            CommandReply diagnostics = gateway.commands.send(CP_1, new StationCommand.GetDiagnostics(
                    "http://cs.example/diagnostics/t", null, null, null, null)).join();

            JsonNode sent = station.callsReceived("UpdateFirmware").getFirst().get(3);
            assertThat(sent.path("location").asText()).isEqualTo("http://cs.example/firmware/x/fw.bin");
            assertThat(Instant.parse(sent.path("retrieveDate").asText())).isEqualTo(EXPIRY);
            assertThat(sent.path("retries").asInt()).isEqualTo(3);
            assertThat(update.status()).isNull();
            assertThat(diagnostics.result()).isEqualTo(new DiagnosticsFile("diag.tar.gz"));
            assertThat(station.callsReceived("GetDiagnostics").getFirst().get(3).has("startTime")).isFalse();
        }
    }
}
