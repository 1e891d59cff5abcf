package io.gridcharge.app.conformance;

import static io.gridcharge.app.conformance.ConformanceStations.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.pki.PlatformCertificateAuthority;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OCPP 1.6 Security Whitepaper (edition 3) over real TLS: the platform's TLS listener with a server certificate
 * its own CA issued, stations with Basic Auth (profile 2) and with client certificates (profile 3), the CA
 * signing a station's request, password changes and profile upgrades, security events. The stations are the
 * JDK's WebSocket client with a TLS context holding the platform CA and, for profile 3, a key and certificate.
 * Test names carry the OCA OCPP 1.6 CSMS test case they replay where there is one.
 */
class SecurityProfileConformanceIT {
    private static final String OPERATOR = "Acme Charging";
    private static final String BOOT = "{\"chargePointVendor\":\"Acme\",\"chargePointModel\":\"Volt-22\"}";
    private static final Path DATA = temporaryDirectory();

    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase()
            .with(Setting.OCPP_TLS_PORT, "0")
            .with(Setting.DATA_DIR, DATA.toString())
            .with(Setting.CA_ORGANIZATION, OPERATOR);

    private final ApiClient admin = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, admin, "SEC");

    @Test
    void TC_085_and_TC_086_CSMS_aProfile2StationConnectsOverTlsWithBasicAuth() {
        String id = stationAtProfile(2);

        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null))) {
            assertThat(station.call("BootNotification", BOOT).path("status").asText()).isEqualTo("Accepted");
        }
    }

    @Test
    void TC_086_CSMS_theTlsListenerSpeaksTls12WithTheWhitepapersCipherSuitesAndNothingOlder() throws Exception {
        URI tls = URI.create(PLATFORM.ocppTlsUrl());
        SSLContext context = trustingThePlatform(null);

        for (String suite : new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"}) {
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(tls.getHost(), tls.getPort())) {
                socket.setEnabledProtocols(new String[] {"TLSv1.2"});
                socket.setEnabledCipherSuites(new String[] {suite});
                socket.startHandshake();
                assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.2");
                assertThat(socket.getSession().getCipherSuite()).isEqualTo(suite);
                X509Certificate server = (X509Certificate) socket.getSession().getPeerCertificates()[0];
                assertThat(server.getSubjectX500Principal().getName()).contains("CN=localhost");
            }
        }
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(tls.getHost(), tls.getPort())) {
            socket.setEnabledProtocols(new String[] {"TLSv1.1"});
            assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void aProfile2StationIsRefusedOnThePlainListener() {
        String id = stationAtProfile(2);

        TlsStation.Refusal refusal = TlsStation.refused(PLATFORM.ocppUrl(), id, PASSWORD, null);

        assertThat(refusal.status()).isEqualTo(403);
    }

    @Test
    void aProfile2StationWithAWrongPasswordIsRefusedOverTls() {
        String id = stationAtProfile(2);

        TlsStation.Refusal refusal = TlsStation.refused(PLATFORM.ocppTlsUrl(), id, "not-the-password-0000",
                trustingThePlatform(null));

        assertThat(refusal.status()).isEqualTo(401);
    }

    @Test
    void TC_087_CSMS_aProfile3StationConnectsWithItsClientCertificate() throws Exception {
        String id = stationAtProfile(3);
        KeyPair keys = ecKeys();

        SSLContext tls = trustingThePlatform(new ClientIdentity(keys, issuedFor(id, keys)));
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, null, tls)) {
            assertThat(station.call("BootNotification", BOOT).path("status").asText()).isEqualTo("Accepted");
        }
    }

    @Test
    void aCertificateIssuedForOneStationDoesNotLetItConnectAsAnother() throws Exception {
        String stationA = stationAtProfile(3);
        String stationB = stationAtProfile(3);
        String stationC = stationAtProfile(2);
        KeyPair keys = ecKeys();
        SSLContext certificateOfA = trustingThePlatform(new ClientIdentity(keys, issuedFor(stationA, keys)));

        assertThat(TlsStation.refused(PLATFORM.ocppTlsUrl(), stationB, null, certificateOfA).status()).isEqualTo(403);
        // Not even with the other station's right password.
        assertThat(TlsStation.refused(PLATFORM.ocppTlsUrl(), stationC, PASSWORD, certificateOfA).status())
                .isEqualTo(403);
        TlsStation.open(PLATFORM.ocppTlsUrl(), stationA, null, certificateOfA).close();
    }

    @Test
    void aProfile3StationWithoutAClientCertificateIsRefusedEvenWithItsPassword() {
        String id = stationAtProfile(3);

        assertThat(TlsStation.refused(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null)).status())
                .isEqualTo(403);
    }

    @Test
    void aCertificateFromAnotherAuthorityDoesNotLetTheStationIn() throws Exception {
        String id = stationAtProfile(3);
        var stranger = PlatformCertificateAuthority.openOrCreate(temporaryDirectory(), "Mallory", Clock.systemUTC());
        KeyPair keys = ecKeys();
        X509Certificate forged = certificate(stranger.signStationCertificate(StationId.of(id), csr(id, keys))
                .certificateChainPem());

        TlsStation.Refusal refusal = TlsStation.refused(PLATFORM.ocppTlsUrl(), id, null,
                trustingThePlatform(new ClientIdentity(keys, forged)));

        // The server asks for certificates of the platform CA only: a client either offers none (the JDK's does
        // not offer one of another issuer), and a profile 3 station without one is refused at the handshake, or
        // offers it anyway and TLS fails.
        assertThat(refusal.status()).isIn(403, -1);
    }

    @Test
    void TC_074_CSMS_theStationIsAskedForACsrAndGetsItSignedThenConnectsWithTheNewCertificate() throws Exception {
        String id = stationAtProfile(2);
        KeyPair keys = ecKeys();
        X509Certificate signed;
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null))) {
            station.call("BootNotification", BOOT);
            CompletableFuture<ApiClient.Reply> trigger = CompletableFuture.supplyAsync(() -> admin.post(
                    "/api/v1/stations/" + id + "/commands/extended-trigger-message",
                    Map.of("requestedMessage", "SignChargePointCertificate")));
            JsonNode triggerCall = station.nextCall();
            assertThat(triggerCall.get(2).asText()).isEqualTo("ExtendedTriggerMessage");
            assertThat(triggerCall.get(3).path("requestedMessage").asText()).isEqualTo("SignChargePointCertificate");
            station.answer(triggerCall, "{\"status\":\"Accepted\"}");
            assertThat(trigger.join().text("status")).isEqualTo("Accepted");

            JsonNode answer = station.call("SignCertificate", "{\"csr\":" + jsonString(csr("whatever", keys)) + "}");
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");

            JsonNode certificateSigned = station.nextCall();
            assertThat(certificateSigned.get(2).asText()).isEqualTo("CertificateSigned");
            signed = certificate(certificateSigned.get(3).path("certificateChain").asText());
            station.answer(certificateSigned, "{\"status\":\"Accepted\"}");
        }
        assertThat(signed.getSubjectX500Principal().getName()).isEqualTo("CN=" + id + ",O=" + OPERATOR);
        assertThat(signed.getPublicKey()).isEqualTo(keys.getPublic());

        admin.put("/api/v1/stations/" + id + "/security", Map.of("securityProfile", 3));
        SSLContext withNewCertificate = trustingThePlatform(new ClientIdentity(keys, signed));
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, null, withNewCertificate)) {
            assertThat(station.call("BootNotification", BOOT).path("status").asText()).isEqualTo("Accepted");
        }
    }

    @Test
    void aRequestThatIsNotACsrIsRejected() {
        String id = stationAtProfile(2);
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null))) {
            station.call("BootNotification", BOOT);

            assertThat(station.call("SignCertificate", "{\"csr\":\"not a certificate request\"}").path("status")
                    .asText()).isEqualTo("Rejected");
        }
    }

    @Test
    void TC_073_CSMS_theNewPasswordAndTheOldOneWorkUntilTheStationReconnectsWithTheNewOne() {
        String id = stationAtProfile(2);
        String newPassword = "new-secret-4567890";
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null))) {
            station.call("BootNotification", BOOT);
            CompletableFuture<ApiClient.Reply> change = CompletableFuture.supplyAsync(() -> admin.post(
                    "/api/v1/stations/" + id + "/security/password", Map.of("password", newPassword)));
            JsonNode call = station.nextCall();
            assertThat(call.get(2).asText()).isEqualTo("ChangeConfiguration");
            assertThat(call.get(3).path("key").asText()).isEqualTo("AuthorizationKey");
            assertThat(call.get(3).path("value").asText())
                    .isEqualTo(java.util.HexFormat.of().withUpperCase().formatHex(newPassword.getBytes(StandardCharsets.UTF_8)));
            station.answer(call, "{\"status\":\"Accepted\"}");
            assertThat(change.join().text("status")).isEqualTo("Accepted");
        }

        TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null)).close();
        TlsStation.open(PLATFORM.ocppTlsUrl(), id, newPassword, trustingThePlatform(null)).close();

        assertThat(TlsStation.refused(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null)).status())
                .isEqualTo(401);
        TlsStation.open(PLATFORM.ocppTlsUrl(), id, newPassword, trustingThePlatform(null)).close();
    }

    @Test
    void TC_083_CSMS_anUpgradedStationIsRefusedTheLowerProfile() {
        String id = stationAtProfile(1);
        try (TlsStation station = TlsStation.open(PLATFORM.ocppUrl(), id, PASSWORD, null)) {
            station.call("BootNotification", BOOT);
            CompletableFuture<ApiClient.Reply> upgrade = CompletableFuture.supplyAsync(() -> admin.post(
                    "/api/v1/stations/" + id + "/security/profile-upgrade", Map.of("securityProfile", 2)));
            JsonNode call = station.nextCall();
            assertThat(call.get(3).path("key").asText()).isEqualTo("SecurityProfile");
            assertThat(call.get(3).path("value").asText()).isEqualTo("2");
            station.answer(call, "{\"status\":\"Accepted\"}");
            assertThat(upgrade.join().text("status")).isEqualTo("Accepted");
            JsonNode reset = station.nextCall();
            assertThat(reset.get(2).asText()).isEqualTo("Reset");
            assertThat(reset.get(3).path("type").asText()).isEqualTo("Hard");
            station.answer(reset, "{\"status\":\"Accepted\"}");
        }

        assertThat(TlsStation.refused(PLATFORM.ocppUrl(), id, PASSWORD, null).status()).isEqualTo(403);
        TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null)).close();
        assertThat(admin.get("/api/v1/stations/" + id + "/security").body().path("securityProfile").asInt())
                .isEqualTo(2);
        assertThat(admin.post("/api/v1/stations/" + id + "/security/profile-upgrade", Map.of("securityProfile", 1))
                .status()).isEqualTo(409);
    }

    @Test
    void aCriticalSecurityEventIsStoredAndMarkedCritical() {
        String id = stationAtProfile(2);
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null))) {
            station.call("BootNotification", BOOT);

            assertThat(station.call("SecurityEventNotification", "{\"type\":\"TamperDetectionActivated\","
                    + "\"timestamp\":\"2026-11-21T10:00:00Z\",\"techInfo\":\"lid opened\"}")).isEmpty();
            station.call("SecurityEventNotification",
                    "{\"type\":\"FailedToAuthenticateAtCentralSystem\",\"timestamp\":\"2026-11-21T10:01:00Z\"}");
        }

        JsonNode critical = admin.get("/api/v1/stations/" + id + "/security-events?critical=true").body();
        assertThat(critical.path("total").asInt()).isEqualTo(1);
        assertThat(critical.path("items").get(0).path("type").asText()).isEqualTo("TamperDetectionActivated");
        assertThat(critical.path("items").get(0).path("techInfo").asText()).isEqualTo("lid opened");
        JsonNode all = admin.get("/api/v1/stations/" + id + "/security-events").body();
        assertThat(all.path("total").asInt()).isEqualTo(2);
        assertThat(all.path("items").get(0).path("critical").asBoolean()).isFalse();
    }

    @Test
    void TC_078_CSMS_aRejectedRootCertificateAndTheStationsSecurityEvent() {
        String id = stationAtProfile(2);
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null))) {
            station.call("BootNotification", BOOT);
            String root = new String(admin.getBytes("/api/v1/pki/root-certificate").body(), StandardCharsets.US_ASCII);
            CompletableFuture<ApiClient.Reply> install = CompletableFuture.supplyAsync(() -> admin.post(
                    "/api/v1/stations/" + id + "/commands/install-certificate",
                    Map.of("certificateType", "CentralSystemRootCertificate", "certificate", root)));
            JsonNode call = station.nextCall();
            assertThat(call.get(2).asText()).isEqualTo("InstallCertificate");
            assertThat(call.get(3).path("certificate").asText()).isEqualTo(root);
            station.answer(call, "{\"status\":\"Rejected\"}");
            assertThat(install.join().text("status")).isEqualTo("Rejected");

            station.call("SecurityEventNotification",
                    "{\"type\":\"InvalidCentralSystemCertificate\",\"timestamp\":\"2026-11-21T10:02:00Z\"}");
        }

        JsonNode events = admin.get("/api/v1/stations/" + id + "/security-events").body();
        assertThat(events.path("items").get(0).path("type").asText()).isEqualTo("InvalidCentralSystemCertificate");
    }

    @Test
    void TC_079_CSMS_theSecurityLogIsAskedForAndItsUploadProgressKept() {
        String id = stationAtProfile(2);
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null))) {
            station.call("BootNotification", BOOT);
            CompletableFuture<ApiClient.Reply> getLog = CompletableFuture.supplyAsync(() -> admin.post(
                    "/api/v1/stations/" + id + "/commands/get-log", Map.of("logType", "SecurityLog", "requestId", 7,
                            "remoteLocation", "https://csms.example.com/logs")));
            JsonNode call = station.nextCall();
            assertThat(call.get(2).asText()).isEqualTo("GetLog");
            assertThat(call.get(3).path("log").path("remoteLocation").asText()).isEqualTo("https://csms.example.com/logs");
            station.answer(call, "{\"status\":\"Accepted\",\"filename\":\"security.log\"}");
            assertThat(getLog.join().text("filename")).isEqualTo("security.log");

            station.call("LogStatusNotification", "{\"status\":\"Uploading\",\"requestId\":7}");
            station.call("LogStatusNotification", "{\"status\":\"Uploaded\",\"requestId\":7}");
        }

        JsonNode reports = admin.get("/api/v1/stations/" + id + "/log-status-reports").body();
        assertThat(reports.path("items").get(0).path("status").asText()).isEqualTo("Uploaded");
        assertThat(reports.path("items").get(0).path("requestId").asInt()).isEqualTo(7);
        assertThat(reports.path("total").asInt()).isEqualTo(2);
    }

    @Test
    void TC_075_1_and_TC_075_2_CSMS_rootCertificatesOfBothKindsAreInstalled() {
        String id = stationAtProfile(2);
        String root = new String(admin.getBytes("/api/v1/pki/root-certificate").body(), StandardCharsets.US_ASCII);
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null))) {
            station.call("BootNotification", BOOT);
            for (String kind : new String[] {"ManufacturerRootCertificate", "CentralSystemRootCertificate"}) {
                CompletableFuture<ApiClient.Reply> install = CompletableFuture.supplyAsync(() -> admin.post(
                        "/api/v1/stations/" + id + "/commands/install-certificate",
                        Map.of("certificateType", kind, "certificate", root)));
                JsonNode call = station.nextCall();
                assertThat(call.get(3).path("certificateType").asText()).isEqualTo(kind);
                station.answer(call, "{\"status\":\"Accepted\"}");
                assertThat(install.join().text("status")).isEqualTo("Accepted");
            }
        }
    }

    @Test
    void TC_076_CSMS_anInstalledCertificateIsListedAndDeleted() {
        String id = stationAtProfile(2);
        String hashData = "{\"hashAlgorithm\":\"SHA256\",\"issuerNameHash\":\"7a1f\",\"issuerKeyHash\":\"9b2e\","
                + "\"serialNumber\":\"1c\"}";
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null))) {
            station.call("BootNotification", BOOT);
            CompletableFuture<ApiClient.Reply> list = CompletableFuture.supplyAsync(() -> admin.post(
                    "/api/v1/stations/" + id + "/commands/get-installed-certificate-ids",
                    Map.of("certificateType", "CentralSystemRootCertificate")));
            JsonNode listCall = station.nextCall();
            assertThat(listCall.get(2).asText()).isEqualTo("GetInstalledCertificateIds");
            station.answer(listCall, "{\"status\":\"Accepted\",\"certificateHashData\":[" + hashData + "]}");
            JsonNode listed = list.join().body();
            assertThat(listed.path("certificates").get(0).path("serialNumber").asText()).isEqualTo("1c");

            CompletableFuture<ApiClient.Reply> delete = CompletableFuture.supplyAsync(() -> admin.post(
                    "/api/v1/stations/" + id + "/commands/delete-certificate", listed.path("certificates").get(0)));
            JsonNode deleteCall = station.nextCall();
            assertThat(deleteCall.get(2).asText()).isEqualTo("DeleteCertificate");
            assertThat(deleteCall.get(3).path("certificateHashData").path("issuerKeyHash").asText()).isEqualTo("9b2e");
            station.answer(deleteCall, "{\"status\":\"Accepted\"}");
            assertThat(delete.join().text("status")).isEqualTo("Accepted");
        }
    }

    @Test
    void TC_077_CSMS_aStationThatRejectsItsSignedCertificateReportsItAsASecurityEvent() throws Exception {
        String id = stationAtProfile(2);
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null))) {
            station.call("BootNotification", BOOT);
            station.call("SignCertificate", "{\"csr\":" + jsonString(csr(id, ecKeys())) + "}");
            JsonNode certificateSigned = station.nextCall();
            station.answer(certificateSigned, "{\"status\":\"Rejected\"}");
            station.call("SecurityEventNotification",
                    "{\"type\":\"InvalidChargePointCertificate\",\"timestamp\":\"2026-11-21T10:03:00Z\"}");
        }

        JsonNode events = admin.get("/api/v1/stations/" + id + "/security-events").body();
        assertThat(events.path("items").get(0).path("type").asText()).isEqualTo("InvalidChargePointCertificate");
    }

    @Test
    void TC_080_CSMS_aSignedFirmwareUpdateIsSentAndItsProgressKept() {
        String id = stationAtProfile(2);
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null))) {
            station.call("BootNotification", BOOT);
            CompletableFuture<ApiClient.Reply> update = CompletableFuture.supplyAsync(() -> admin.post(
                    "/api/v1/stations/" + id + "/commands/signed-update-firmware", Map.of("requestId", 12,
                            "location", "https://csms.example.com/firmware/4.2.bin",
                            "retrieveDateTime", "2026-11-21T11:00:00Z",
                            "signingCertificate", "-----BEGIN CERTIFICATE-----", "signature", "c2lnbg==")));
            JsonNode call = station.nextCall();
            assertThat(call.get(2).asText()).isEqualTo("SignedUpdateFirmware");
            assertThat(call.get(3).path("firmware").path("signature").asText()).isEqualTo("c2lnbg==");
            station.answer(call, "{\"status\":\"Accepted\"}");
            assertThat(update.join().text("status")).isEqualTo("Accepted");

            for (String status : new String[] {"Downloading", "Downloaded", "SignatureVerified", "Installing",
                    "Installed"}) {
                station.call("SignedFirmwareStatusNotification", "{\"status\":\"" + status + "\",\"requestId\":12}");
            }
            station.call("SecurityEventNotification",
                    "{\"type\":\"FirmwareUpdated\",\"timestamp\":\"2026-11-21T11:10:00Z\"}");
        }

        JsonNode reports = admin.get("/api/v1/stations/" + id + "/signed-firmware-status-reports").body();
        assertThat(reports.path("total").asInt()).isEqualTo(5);
        assertThat(reports.path("items").get(0).path("status").asText()).isEqualTo("Installed");
        assertThat(admin.get("/api/v1/stations/" + id + "/security-events?critical=true").body()
                .path("items").get(0).path("type").asText()).isEqualTo("FirmwareUpdated");
    }

    @Test
    void TC_081_CSMS_aFirmwareWithAnInvalidSignatureIsReportedSo() {
        String id = stationAtProfile(2);
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null))) {
            station.call("BootNotification", BOOT);
            station.call("SignedFirmwareStatusNotification", "{\"status\":\"Downloaded\",\"requestId\":13}");
            station.call("SignedFirmwareStatusNotification", "{\"status\":\"InvalidSignature\",\"requestId\":13}");
            station.call("SecurityEventNotification",
                    "{\"type\":\"InvalidFirmwareSignature\",\"timestamp\":\"2026-11-21T11:20:00Z\"}");
        }

        assertThat(admin.get("/api/v1/stations/" + id + "/signed-firmware-status-reports").body()
                .path("items").get(0).path("status").asText()).isEqualTo("InvalidSignature");
        assertThat(admin.get("/api/v1/stations/" + id + "/security-events").body()
                .path("items").get(0).path("critical").asBoolean()).isFalse();
    }

    // Fixtures

    private record ClientIdentity(KeyPair keys, X509Certificate certificate) {
    }

    private String stationAtProfile(int profile) {
        String id = stations.registeredStation();
        if (profile != 1) {
            assertThat(admin.put("/api/v1/stations/" + id + "/security", Map.of("securityProfile", profile)).status())
                    .isEqualTo(200);
        }
        return id;
    }

    /** Trusts the platform CA's root as the API hands it out; presents {@code client} when given. */
    private SSLContext trustingThePlatform(ClientIdentity client) {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("platform-ca", certificate(new String(
                    admin.getBytes("/api/v1/pki/root-certificate").body(), StandardCharsets.US_ASCII)));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            KeyManagerFactory keys = null;
            if (client != null) {
                char[] secret = "test".toCharArray();
                KeyStore own = KeyStore.getInstance("PKCS12");
                own.load(null, null);
                own.setKeyEntry("station", client.keys().getPrivate(), secret, new Certificate[] {client.certificate()});
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(own, secret);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate the platform CA issues straight from its files, as SignCertificate would. */
    private static X509Certificate issuedFor(String stationId, KeyPair keys) throws Exception {
        var ca = PlatformCertificateAuthority.openOrCreate(DATA.resolve("pki"), OPERATOR, Clock.systemUTC());
        return certificate(ca.signStationCertificate(StationId.of(stationId), csr(stationId, keys))
                .certificateChainPem());
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static String csr(String commonName, KeyPair keys) throws Exception {
        var request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + commonName), keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
        StringWriter pem = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
            writer.writeObject(request);
        }
        return pem.toString();
    }

    private static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "") + "\"";
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("gridcharge-security-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
