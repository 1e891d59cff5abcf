package io.gridcharge.api;

import static io.gridcharge.api.fixtures.StationFixture.aStation;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.api.fixtures.ApiClient;
import io.gridcharge.api.fixtures.ApiResponse;
import io.gridcharge.api.fixtures.ScriptedStationCommands.Sent;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.security.CertificateId;
import io.gridcharge.domain.security.InstalledCertificates;
import io.gridcharge.domain.security.LogFile;
import io.gridcharge.domain.security.LogKind;
import io.gridcharge.domain.security.RootCertificateKind;
import io.gridcharge.domain.security.SecurityProfile;
import io.gridcharge.domain.security.TriggerableMessage;
import io.gridcharge.domain.station.StationId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecurityEndpointsTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final String STATION = "/api/v1/stations/CP-1";

    private final TestPlatform platform = new TestPlatform();
    private final ApiClient api = platform.admin();

    @BeforeEach
    void registeredStation() {
        platform.given(aStation("CP-1"));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aStationStartsAtProfile1AndTheOperatorRecordsAnother() {
        assertThat(api.get(STATION + "/security").json().path("securityProfile").asInt()).isEqualTo(1);

        ApiResponse recorded = api.send("PUT", STATION + "/security", "{\"securityProfile\":3}");

        assertThat(recorded.status()).isEqualTo(200);
        assertThat(api.get(STATION + "/security").json().path("securityProfile").asInt()).isEqualTo(3);
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void aProfileThatDoesNotExistIsABadRequestNamingTheField() {
        ApiResponse refused = api.send("PUT", STATION + "/security", "{\"securityProfile\":4}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("securityProfile");
    }

    @Test
    void theSecurityOfAnUnknownStationIsNotFound() {
        assertThat(api.get("/api/v1/stations/CP-404/security").status()).isEqualTo(404);
    }

    @Test
    void aNewPasswordIsSentHexEncodedAsAuthorizationKeyAndIsPendingUntilTheStationReconnects() {
        ApiResponse changed = api.post(STATION + "/security/password", "{\"password\":\"new-secret-4567890\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(platform.commands.sent()).containsExactly(new Sent(CP_1, new StationCommand.ChangeConfiguration(
                "AuthorizationKey", "6E65772D7365637265742D34353637383930")));
        assertThat(api.get(STATION + "/security").json().path("passwordChangePending").asBoolean()).isTrue();
    }

    @Test
    void aPasswordTheStationRefusesIsNotKept() {
        platform.commands.answer(CommandReply.of("Rejected"));

        assertThat(api.post(STATION + "/security/password", "{\"password\":\"new-secret-4567890\"}").json()
                .path("status").asText()).isEqualTo("Rejected");
        assertThat(api.get(STATION + "/security").json().path("passwordChangePending").asBoolean()).isFalse();
    }

    @Test
    void aPasswordLongerThan20BytesIsRefusedAndNothingIsSent() {
        ApiResponse refused = api.post(STATION + "/security/password", "{\"password\":\"a-password-of-21-byte\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("password");
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void anAcceptedUpgradeIsRecordedTheStationResetAndALowerProfileIsNotSent() {
        ApiResponse upgraded = api.post(STATION + "/security/profile-upgrade", "{\"securityProfile\":2}");

        assertThat(upgraded.json().path("status").asText()).isEqualTo("Accepted");
        assertThat(platform.commands.sent()).containsExactly(
                new Sent(CP_1, new StationCommand.ChangeConfiguration("SecurityProfile", "2")),
                new Sent(CP_1, new StationCommand.Reset(StationCommand.ResetKind.HARD)));
        assertThat(platform.stationSecurity.find(CP_1).orElseThrow().profile())
                .isEqualTo(SecurityProfile.TLS_BASIC_AUTH);

        assertThat(api.post(STATION + "/security/profile-upgrade", "{\"securityProfile\":1}").status())
                .isEqualTo(409);
        assertThat(platform.commands.sent()).hasSize(2);
    }

    @Test
    void aRejectedUpgradeChangesNothing() {
        platform.commands.answer(CommandReply.of("Rejected"));

        api.post(STATION + "/security/profile-upgrade", "{\"securityProfile\":3}");

        assertThat(api.get(STATION + "/security").json().path("securityProfile").asInt()).isEqualTo(1);
    }

    @Test
    void anUpgradeToADisconnectedStationIsAConflict() {
        platform.commands.failWith(new CommandFailure.NotConnected(CP_1));

        assertThat(api.post(STATION + "/security/profile-upgrade", "{\"securityProfile\":2}").status())
                .isEqualTo(409);
        assertThat(api.get(STATION + "/security").json().path("securityProfile").asInt()).isEqualTo(1);
    }

    @Test
    void certificateCommandsAreSentAsTheStationsCommands() {
        api.post(STATION + "/commands/install-certificate",
                "{\"certificateType\":\"ManufacturerRootCertificate\",\"certificate\":\"PEM\"}");
        api.post(STATION + "/commands/delete-certificate", "{\"hashAlgorithm\":\"SHA256\",\"issuerNameHash\":\"aa\","
                + "\"issuerKeyHash\":\"bb\",\"serialNumber\":\"01\"}");
        api.post(STATION + "/commands/extended-trigger-message",
                "{\"requestedMessage\":\"SignChargePointCertificate\"}");

        assertThat(platform.commands.sent()).containsExactly(
                new Sent(CP_1, new StationCommand.InstallCertificate(RootCertificateKind.MANUFACTURER_ROOT, "PEM")),
                new Sent(CP_1, new StationCommand.DeleteCertificate(new CertificateId("SHA256", "aa", "bb", "01"))),
                new Sent(CP_1, new StationCommand.ExtendedTrigger(TriggerableMessage.SIGN_CHARGE_POINT_CERTIFICATE,
                        null)));
    }

    @Test
    void theInstalledCertificatesAndTheLogFileNameComeBackAsTheStationGaveThem() {
        platform.commands.answer(CommandReply.of("Accepted",
                new InstalledCertificates(List.of(new CertificateId("SHA384", "aa", "bb", "0f")))));
        ApiResponse listed = api.post(STATION + "/commands/get-installed-certificate-ids",
                "{\"certificateType\":\"CentralSystemRootCertificate\"}");
        assertThat(listed.json().path("certificates").get(0).path("hashAlgorithm").asText()).isEqualTo("SHA384");

        platform.commands.answer(CommandReply.of("Accepted", new LogFile("diag.zip")));
        ApiResponse log = api.post(STATION + "/commands/get-log",
                "{\"logType\":\"DiagnosticsLog\",\"requestId\":3,\"remoteLocation\":\"https://x.example/up\"}");
        assertThat(log.json().path("filename").asText()).isEqualTo("diag.zip");
        assertThat(platform.commands.sent().get(1).command())
                .isEqualTo(new StationCommand.GetLog(LogKind.DIAGNOSTICS, 3, "https://x.example/up", null, null, null,
                        null));
    }

    @Test
    void anUnknownCertificateTypeOrTriggerIsABadRequestAndNothingIsSent() {
        ApiResponse badType = api.post(STATION + "/commands/install-certificate",
                "{\"certificateType\":\"OEMRootCertificate\",\"certificate\":\"PEM\"}");
        ApiResponse badTrigger = api.post(STATION + "/commands/extended-trigger-message",
                "{\"requestedMessage\":\"DiagnosticsStatusNotification\"}");
        ApiResponse noLocation = api.post(STATION + "/commands/get-log", "{\"logType\":\"SecurityLog\",\"requestId\":1}");

        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().path("errors").get(0).path("field").asText()).isEqualTo("certificateType");
        assertThat(badTrigger.json().path("errors").get(0).path("field").asText()).isEqualTo("requestedMessage");
        assertThat(noLocation.json().path("errors").get(0).path("field").asText()).isEqualTo("remoteLocation");
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void thePasswordAndTheProfileAreNotChangedBehindThePlatformsBack() {
        ApiResponse password = api.post(STATION + "/commands/change-configuration",
                "{\"key\":\"AuthorizationKey\",\"value\":\"" + "41".repeat(16) + "\"}");
        ApiResponse profile = api.post(STATION + "/commands/change-configuration",
                "{\"key\":\"SecurityProfile\",\"value\":\"3\"}");

        assertThat(password.status()).isEqualTo(400);
        assertThat(password.json().path("errors").get(0).path("rule").asText()).contains("/security/password");
        assertThat(profile.status()).isEqualTo(400);
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void aSignedFirmwareUpdateIsSentWithItsCertificateAndSignature() {
        ApiResponse sent = api.post(STATION + "/commands/signed-update-firmware", "{\"requestId\":9,"
                + "\"location\":\"https://fw.example/4.2.bin\",\"retrieveDateTime\":\"2025-06-02T01:00:00Z\","
                + "\"signingCertificate\":\"PEM\",\"signature\":\"c2ln\",\"retries\":2}");

        assertThat(sent.json().path("status").asText()).isEqualTo("Accepted");
        assertThat(platform.commands.sent()).containsExactly(new Sent(CP_1, new StationCommand.SignedUpdateFirmware(
                9, "https://fw.example/4.2.bin", java.time.Instant.parse("2025-06-02T01:00:00Z"), null, "PEM",
                "c2ln", 2, null)));
    }

    @Test
    void aSignedFirmwareUpdateWithoutSignatureIsABadRequest() {
        ApiResponse refused = api.post(STATION + "/commands/signed-update-firmware", "{\"requestId\":9,"
                + "\"location\":\"https://fw.example/4.2.bin\",\"retrieveDateTime\":\"2025-06-02T01:00:00Z\","
                + "\"signingCertificate\":\"PEM\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("signature");
        assertThat(platform.commands.sent()).isEmpty();
    }

    @Test
    void theRootCertificateIsServedAsPem() {
        ApiResponse root = api.get("/api/v1/pki/root-certificate");

        assertThat(root.status()).isEqualTo(200);
        assertThat(root.header("content-type")).startsWith("application/x-pem-file");
        assertThat(root.body()).isEqualTo(TestPlatform.ROOT_CERTIFICATE);
    }
}
