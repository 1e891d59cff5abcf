package io.gridcharge.gateway.v201;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.display.DisplayMessage;
import io.gridcharge.domain.journal.JournalEntry;
import io.gridcharge.domain.security.CertificateSigningUse;
import io.gridcharge.domain.security.InstalledCertificates;
import io.gridcharge.domain.security.NetworkProfile;
import io.gridcharge.domain.security.RootCertificateKind;
import io.gridcharge.domain.security.SecurityProfile;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The certificate (A, M), cost (I), display (O) and network profile (B09) commands as 2.0.1 calls, and 1.6's refusals. */
class Ocpp201CertificateCostAndDisplayCommandsTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final StationId CP_16 = StationId.of("CP-16");

    private final GatewayFixture gateway = aGateway()
            .withStation("CP-1")
            .withStation("CP-16")
            .withCallTimeout(Duration.ofMillis(500))
            .start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    private TestStation bootedStation() {
        TestStation station = gateway.station201("CP-1").open();
        station.call("BootNotification", Ocpp201CsmsConformanceTest.BOOT);
        return station;
    }

    private CommandReply send(StationCommand command) {
        return gateway.commands.send(CP_1, command).join();
    }

    private static JsonNode payload(TestStation station, String action) {
        return station.callsReceived(action).getFirst().get(3);
    }

    @Test
    void aSignedV2GCertificateNamesItsTypeAndRootsUseThe201Names() {
        try (TestStation station = bootedStation()
                .answering("CertificateSigned", p -> "{\"status\":\"Accepted\"}")
                .answering("InstallCertificate", p -> "{\"status\":\"Accepted\"}")) {
            send(new StationCommand.CertificateSigned("-----BEGIN CERTIFICATE-----", CertificateSigningUse.V2G));
            send(new StationCommand.InstallCertificate(RootCertificateKind.CENTRAL_SYSTEM_ROOT, "PEM"));

            assertThat(payload(station, "CertificateSigned").get("certificateType").asText()).isEqualTo("V2GCertificate");
            assertThat(payload(station, "InstallCertificate").get("certificateType").asText())
                    .isEqualTo("CSMSRootCertificate");
        }
    }

    @Test
    void installedCertificatesOfEveryTypeComeBackAsChains() {
        try (TestStation station = bootedStation().answering("GetInstalledCertificateIds", p -> """
                {"status":"Accepted","certificateHashDataChain":[{"certificateType":"V2GCertificateChain",
                 "certificateHashData":{"hashAlgorithm":"SHA256","issuerNameHash":"aa","issuerKeyHash":"bb",
                 "serialNumber":"01"},"childCertificateHashData":[{"hashAlgorithm":"SHA256","issuerNameHash":"cc",
                 "issuerKeyHash":"dd","serialNumber":"02"}]}]}""")) {
            CommandReply reply = send(new StationCommand.GetInstalledCertificateIds(null));

            assertThat(payload(station, "GetInstalledCertificateIds").has("certificateType")).isFalse();
            InstalledCertificates installed = (InstalledCertificates) reply.result();
            assertThat(installed.chains()).singleElement().satisfies(chain -> {
                assertThat(chain.kind()).isEqualTo(RootCertificateKind.V2G_CERTIFICATE_CHAIN);
                assertThat(chain.children()).extracting(c -> c.serialNumber()).containsExactly("02");
            });
            assertThat(installed.certificates()).extracting(c -> c.serialNumber()).containsExactly("01", "02");
        }
    }

    @Test
    void severalCertificateTypesAreAskedInOneRequest() {
        try (TestStation station = bootedStation().answering("GetInstalledCertificateIds",
                p -> "{\"status\":\"NotFound\"}")) {
            send(new StationCommand.GetInstalledCertificateIds(List.of(RootCertificateKind.CENTRAL_SYSTEM_ROOT,
                    RootCertificateKind.MANUFACTURER_ROOT)));

            assertThat(payload(station, "GetInstalledCertificateIds").get("certificateType"))
                    .extracting(JsonNode::asText).containsExactly("CSMSRootCertificate", "ManufacturerRootCertificate");
        }
    }

    @Test
    void aNewBasicAuthPasswordIsSetVariablesOfTheSecurityControllerWithThePasswordItself() {
        try (TestStation station = bootedStation().answering("SetVariables", p -> """
                {"setVariableResult":[{"attributeStatus":"Rejected","component":{"name":"SecurityCtrlr"},
                 "variable":{"name":"BasicAuthPassword"}}]}""")) {
            // What ChangeAuthorizationKey sends: 1.6's AuthorizationKey, the password hex-encoded.
            CommandReply reply = send(new StationCommand.ChangeConfiguration("AuthorizationKey",
                    HexFormat.of().formatHex("new-password-0123".getBytes())));

            JsonNode data = payload(station, "SetVariables").get("setVariableData").get(0);
            assertThat(data.get("component").get("name").asText()).isEqualTo("SecurityCtrlr");
            assertThat(data.get("variable").get("name").asText()).isEqualTo("BasicAuthPassword");
            assertThat(data.get("attributeValue").asText()).isEqualTo("new-password-0123");
            assertThat(reply.status()).isEqualTo("Rejected");
        }
    }

    @Test
    void costDisplayAndNetworkCommandsTravelAsTheir201Calls() {
        try (TestStation station = bootedStation()
                .answering("CostUpdated", p -> "{}")
                .answering("SetDisplayMessage", p -> "{\"status\":\"Accepted\"}")
                .answering("SetNetworkProfile", p -> "{\"status\":\"Rejected\"}")) {
            assertThat(send(new StationCommand.CostUpdated("TX-1", Money.of("3.25", "EUR"))).status())
                    .isEqualTo("Accepted");
            send(new StationCommand.SetDisplayMessage(new DisplayMessage(4, DisplayMessage.Priority.ALWAYS_FRONT,
                    DisplayMessage.State.FAULTED, null, null, null, DisplayMessage.Format.ASCII, "en", "Out of order")));
            assertThat(send(new StationCommand.SetNetworkProfile(1, new NetworkProfile("wss://next.example.com", 20,
                    SecurityProfile.TLS_CLIENT_CERTIFICATE, "Wired0", null, new NetworkProfile.Vpn("vpn.example.com",
                    "cp", null, "vpn-secret", "shared-key", "IKEv2")))).status()).isEqualTo("Rejected");

            assertThat(payload(station, "CostUpdated").get("totalCost").decimalValue()).isEqualByComparingTo("3.25");
            assertThat(payload(station, "CostUpdated").get("transactionId").asText()).isEqualTo("TX-1");
            JsonNode message = payload(station, "SetDisplayMessage").get("message");
            assertThat(message.get("priority").asText()).isEqualTo("AlwaysFront");
            assertThat(message.get("state").asText()).isEqualTo("Faulted");
            JsonNode data = payload(station, "SetNetworkProfile").get("connectionData");
            assertThat(data.get("ocppVersion").asText()).isEqualTo("OCPP20");
            assertThat(data.get("securityProfile").asInt()).isEqualTo(3);
            assertThat(data.get("vpn").get("password").asText()).isEqualTo("vpn-secret");
        }
        List<JournalEntry> sent = gateway.journal.of(CP_1).stream()
                .filter(e -> e.direction() == JournalEntry.Direction.OUT && "SetNetworkProfile".equals(e.action()))
                .toList();
        assertThat(sent).singleElement().satisfies(e -> assertThat(e.frame()).contains("vpn.example.com")
                .doesNotContain("vpn-secret").doesNotContain("shared-key"));
    }

    @Test
    void a201PasswordSetAsAVariableStaysOutOfTheJournal() {
        try (TestStation station = bootedStation().answering("SetVariables", p -> """
                {"setVariableResult":[{"attributeStatus":"Accepted","component":{"name":"SecurityCtrlr"},
                 "variable":{"name":"BasicAuthPassword"}}]}""")) {
            send(new StationCommand.ChangeConfiguration("SecurityCtrlr.BasicAuthPassword", "new-secret-0123456"));

            assertThat(payload(station, "SetVariables").toString()).contains("new-secret-0123456");
        }
        assertThat(gateway.journal.of(CP_1).stream().filter(e -> "SetVariables".equals(e.action())).toList())
                .allSatisfy(e -> assertThat(e.frame()).doesNotContain("new-secret-0123456"));
    }

    @Test
    void an16StationIsRefusedTheIso15118TypesAndThe201OnlyCommandsAndNothingIsSent() {
        try (TestStation station = gateway.bootedStation("CP-16")) {
            assertThatThrownBy(() -> gateway.commands.send(CP_16, new StationCommand.InstallCertificate(
                    RootCertificateKind.V2G_ROOT, "PEM")).join())
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("certificateType"));
            assertThatThrownBy(() -> gateway.commands.send(CP_16, new StationCommand.CostUpdated("1",
                    Money.of("1.00", "EUR"))).join())
                    .isInstanceOf(CompletionException.class).cause().isInstanceOf(CommandFailure.Unsupported.class);
            assertThatThrownBy(() -> gateway.commands.send(CP_16, new StationCommand.ClearDisplayMessage(1)).join())
                    .isInstanceOf(CompletionException.class).cause().isInstanceOf(CommandFailure.Unsupported.class)
                    .hasMessageContaining("OCPP 2.0.1");
            assertThat(station.callsReceived("InstallCertificate")).isEmpty();
            assertThat(station.callsReceived("ClearDisplayMessage")).isEmpty();
        }
    }
}
