package io.gridcharge.app.conformance;

import static io.gridcharge.app.conformance.ConformanceStations.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * OCPP 2.0.1 blocks A (security) and M (ISO 15118 certificate management) of the platform as a CSMS. Security
 * profiles over real TLS with the JDK's WebSocket client offering ocpp2.0.1; everything else
 * with the independent strict peer (ocpp-rpc, ocpp2.0.1), which checks every message against the official
 * schemas. Test names carry the OCA OCPP 2.0.1 CSMS test case (Part 6, Core and Advanced Security) where one
 * was found; the others carry the use case or requirement they show (see docs/conformance.md).
 */
class Ocpp201SecurityConformanceIT {
    private static final String OPERATOR = "Acme Charging";
    private static final String V201 = "ocpp2.0.1";
    private static final String BOOT = "{\"reason\":\"PowerUp\",\"chargingStation\":{\"vendorName\":\"Acme\","
            + "\"model\":\"Wallbox 9\"}}";
    private static final Path DATA = temporaryDirectory();

    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase()
            .with(Setting.OCPP_TLS_PORT, "0")
            .with(Setting.DATA_DIR, DATA.toString())
            .with(Setting.CA_ORGANIZATION, OPERATOR);

    private final ApiClient api = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "SEC201");

    // A. Security

    @Test
    void TC_A_01_CSMS_basicAuthOverOcpp201WithProfile1AndOverTlsWithProfile2() {
        ScriptedStation plain = stations.connectedStation201(stations.registeredStation());
        String id = stationAtProfile(2);

        assertThat(plain.call("BootNotification", boot()).text("status")).isEqualTo("Accepted");
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null),
                V201)) {
            assertThat(station.subprotocol()).isEqualTo(V201);
            assertThat(station.call("BootNotification", BOOT).path("status").asText()).isEqualTo("Accepted");
        }
    }

    @Test
    void TC_A_02_CSMS_aUsernameThatIsNotTheStationIdIsRefused() throws Exception {
        String id = stations.registeredStation();

        int status = handshakeStatus(id, id + "Invalid", PASSWORD);

        assertThat(status).isEqualTo(401);
    }

    @Test
    void A00_aWrongPasswordIsRefusedOverTlsAndAProfile2StationOnThePlainListener() {
        String id = stationAtProfile(2);

        assertThat(TlsStation.refused(PLATFORM.ocppTlsUrl(), id, "not-the-password-0000",
                trustingThePlatform(null), V201).status()).isEqualTo(401);
        assertThat(TlsStation.refused(PLATFORM.ocppUrl(), id, PASSWORD, null, V201).status()).isEqualTo(403);
    }

    @Test
    void TC_A_11_CSMS_aRequestedChargingStationCertificateIsSignedAndTheStationConnectsWithItOnProfile3()
            throws Exception {
        String id = stationAtProfile(2);
        KeyPair keys = ecKeys();
        X509Certificate signed;
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null),
                V201)) {
            station.call("BootNotification", BOOT);
            CompletableFuture<ApiClient.Reply> trigger = CompletableFuture.supplyAsync(() -> api.post(
                    "/api/v1/stations/" + id + "/commands/extended-trigger-message",
                    Map.of("requestedMessage", "SignChargePointCertificate")));
            JsonNode triggerCall = station.nextCall();
            assertThat(triggerCall.get(2).asText()).isEqualTo("TriggerMessage");
            assertThat(triggerCall.get(3).path("requestedMessage").asText()).isEqualTo("SignChargingStationCertificate");
            station.answer(triggerCall, "{\"status\":\"Accepted\"}");
            assertThat(trigger.join().text("status")).isEqualTo("Accepted");

            JsonNode answer = station.call("SignCertificate", "{\"csr\":" + jsonString(csr("anything", keys))
                    + ",\"certificateType\":\"ChargingStationCertificate\"}");
            assertThat(answer.path("status").asText()).isEqualTo("Accepted");

            JsonNode certificateSigned = station.nextCall();
            assertThat(certificateSigned.get(2).asText()).isEqualTo("CertificateSigned");
            assertThat(certificateSigned.get(3).path("certificateType").asText())
                    .isEqualTo("ChargingStationCertificate");
            signed = certificate(certificateSigned.get(3).path("certificateChain").asText());
            station.answer(certificateSigned, "{\"status\":\"Accepted\"}");
        }
        assertThat(signed.getSubjectX500Principal().getName()).isEqualTo("CN=" + id + ",O=" + OPERATOR);
        assertThat(signed.getPublicKey()).isEqualTo(keys.getPublic());

        assertThat(api.put("/api/v1/stations/" + id + "/security", Map.of("securityProfile", 3)).status())
                .isEqualTo(200);
        SSLContext withItsCertificate = trustingThePlatform(new ClientIdentity(keys, signed));
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, null, withItsCertificate, V201)) {
            assertThat(station.call("BootNotification", BOOT).path("status").asText()).isEqualTo("Accepted");
        }
        String other = stationAtProfile(3);
        assertThat(TlsStation.refused(PLATFORM.ocppTlsUrl(), other, null, withItsCertificate, V201).status())
                .isEqualTo(403);
        assertThat(TlsStation.refused(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null), V201)
                .status()).isEqualTo(403);
    }

    @Test
    void A03_aV2GCertificateRequestIsSignedAndSentBackAsAV2GCertificate() throws Exception {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("CertificateSigned", Map.of("status", "Accepted"));
        KeyPair keys = ecKeys();

        var answer = station.call("SignCertificate", Map.of("csr", csr(id, keys), "certificateType", "V2GCertificate"));
        JsonNode signed = station.awaitCall("CertificateSigned");

        assertThat(answer.text("status")).isEqualTo("Accepted");
        assertThat(signed.path("certificateType").asText()).isEqualTo("V2GCertificate");
        X509Certificate certificate = certificate(signed.path("certificateChain").asText());
        assertThat(certificate.getPublicKey()).isEqualTo(keys.getPublic());
        assertThat(certificate.getSubjectX500Principal().getName()).startsWith("CN=" + id);
        var kept = api.get("/api/v1/stations/" + id + "/certificates").body().path("items");
        assertThat(kept.findValuesAsText("source")).containsExactly("Issued");
        assertThat(kept.get(0).path("use").asText()).isEqualTo("V2GCertificate");
        assertThat(kept.get(0).path("serialNumber").asText()).isEqualTo(certificate.getSerialNumber().toString(16));
    }

    @Test
    void A02_aRequestThatIsNotACsrIsRejectedAndNothingIsSigned() {
        ScriptedStation station = bootedStation(stations.registeredStation());

        var answer = station.call("SignCertificate", Map.of("csr", "not a certificate request"));

        assertThat(answer.text("status")).isEqualTo("Rejected");
    }

    @Test
    void A04_aSecurityEventOfA201StationIsStoredAndTheCriticalOnesMarked() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        station.call("SecurityEventNotification", Map.of("type", "TamperDetectionActivated",
                "timestamp", Instant.now().toString(), "techInfo", "lid opened"));

        var critical = api.get("/api/v1/stations/" + id + "/security-events?critical=true").body();
        assertThat(critical.path("items").findValuesAsText("type")).containsExactly("TamperDetectionActivated");
    }

    // M. ISO 15118 certificate management

    @Test
    void TC_M_01_CSMS_andTC_M_02_CSMS_andM05_rootCertificatesOfEveryTypeAreInstalledAsTheStationsTypes() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("InstallCertificate", Map.of("status", "Accepted"));
        String root = rootCertificate();

        for (String type : List.of("CSMSRootCertificate", "ManufacturerRootCertificate", "V2GRootCertificate",
                "MORootCertificate")) {
            var reply = api.post("/api/v1/stations/" + id + "/commands/install-certificate",
                    Map.of("certificateType", type, "certificate", root));
            JsonNode asked = station.awaitCall("InstallCertificate");

            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.text("status")).isEqualTo("Accepted");
            assertThat(asked.path("certificateType").asText()).isEqualTo(type);
            assertThat(asked.path("certificate").asText()).isEqualTo(root);
        }
        var centralSystemName = api.post("/api/v1/stations/" + id + "/commands/install-certificate",
                Map.of("certificateType", "CentralSystemRootCertificate", "certificate", root));
        assertThat(centralSystemName.text("status")).isEqualTo("Accepted");
        assertThat(station.awaitCall("InstallCertificate").path("certificateType").asText())
                .isEqualTo("CSMSRootCertificate");
        var kept = api.get("/api/v1/stations/" + id + "/certificates").body().path("items");
        assertThat(kept.findValuesAsText("source")).containsOnly("Installed").hasSize(5);
        assertThat(kept.findValuesAsText("certificateType")).containsExactly("CentralSystemRootCertificate",
                "MORootCertificate", "V2GRootCertificate", "ManufacturerRootCertificate",
                "CentralSystemRootCertificate");
    }

    @Test
    void TC_M_18_CSMS_withoutATypeEveryCertificateIsListedWithItsTypeAndChildren() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetInstalledCertificateIds", Map.of("status", "Accepted", "certificateHashDataChain", List.of(
                Map.of("certificateType", "CSMSRootCertificate", "certificateHashData", hash("0a")),
                Map.of("certificateType", "V2GCertificateChain", "certificateHashData", hash("0b"),
                        "childCertificateHashData", List.of(hash("0c"))))));

        var reply = api.post("/api/v1/stations/" + id + "/commands/get-installed-certificate-ids", Map.of());
        JsonNode asked = station.awaitCall("GetInstalledCertificateIds");

        assertThat(asked.has("certificateType")).isFalse();
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(reply.body().path("chains").findValuesAsText("certificateType"))
                .containsExactly("CentralSystemRootCertificate", "V2GCertificateChain");
        assertThat(reply.body().path("chains").get(1).path("childCertificateHashData").findValuesAsText("serialNumber"))
                .containsExactly("0c");
        assertThat(reply.body().path("certificates").findValuesAsText("serialNumber")).containsExactly("0a", "0b", "0c");
        assertThat(reported(id)).containsExactlyInAnyOrder("0a", "0b", "0c");

        station.answer("DeleteCertificate", Map.of("status", "Accepted"));
        var deleted = api.post("/api/v1/stations/" + id + "/commands/delete-certificate", hash("0A"));
        station.awaitCall("DeleteCertificate");
        assertThat(deleted.text("status")).isEqualTo("Accepted");
        assertThat(reported(id)).containsExactlyInAnyOrder("0b", "0c");
    }

    private List<String> reported(String id) {
        List<String> serials = new java.util.ArrayList<>();
        api.get("/api/v1/stations/" + id + "/certificates").body().path("items")
                .forEach(item -> serials.add(item.path("certificateHashData").path("serialNumber").asText()));
        return serials;
    }

    @Test
    void TC_M_19_CSMS_aTypeTheStationHasNoneOfIsNotFound() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetInstalledCertificateIds", Map.of("status", "NotFound"));

        var reply = api.post("/api/v1/stations/" + id + "/commands/get-installed-certificate-ids",
                Map.of("certificateType", "ManufacturerRootCertificate"));
        JsonNode asked = station.awaitCall("GetInstalledCertificateIds");

        assertThat(asked.path("certificateType").get(0).asText()).isEqualTo("ManufacturerRootCertificate");
        assertThat(reply.text("status")).isEqualTo("NotFound");
        assertThat(reply.body().path("certificates")).isEmpty();
    }

    @Test
    void M04_anInstalledCertificateIsDeletedByItsHashData() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("DeleteCertificate", Map.of("status", "NotFound"));

        var reply = api.post("/api/v1/stations/" + id + "/commands/delete-certificate", hash("1c"));
        JsonNode asked = station.awaitCall("DeleteCertificate");

        assertThat(reply.text("status")).isEqualTo("NotFound");
        assertThat(asked.path("certificateHashData").path("serialNumber").asText()).isEqualTo("1c");
        assertThat(asked.path("certificateHashData").path("hashAlgorithm").asText()).isEqualTo("SHA256");
    }

    @Test
    void M01_aContractCertificateRequestIsAnsweredFailedSinceNoContractPoolIsReachable() {
        ScriptedStation station = bootedStation(stations.registeredStation());

        var answer = station.call("Get15118EVCertificate", Map.of("iso15118SchemaVersion", "urn:iso:15118:2:2013:MsgDef",
                "action", "Install", "exiRequest", "gAAQ"));

        assertThat(answer.text("status")).isEqualTo("Failed");
        assertThat(answer.payload().path("statusInfo").path("reasonCode").asText()).isEqualTo("NoContractPool");
    }

    @Test
    void M06_anOcspStatusRequestIsAnsweredFailedSinceNoResponderIsReachable() {
        ScriptedStation station = bootedStation(stations.registeredStation());

        var answer = station.call("GetCertificateStatus", Map.of("ocspRequestData", Map.of("hashAlgorithm", "SHA256",
                "issuerNameHash", "7a1f", "issuerKeyHash", "9b2e", "serialNumber", "1c",
                "responderURL", "http://ocsp.example.com")));

        assertThat(answer.text("status")).isEqualTo("Failed");
        assertThat(answer.payload().has("ocspResult")).isFalse();
    }

    @Test
    void anIso15118CertificateTypeCannotBeSentToAn16StationAndNothingIsSent() {
        String id = stations.registeredStation();
        stations.bootedStation(id);

        var refused = api.post("/api/v1/stations/" + id + "/commands/install-certificate",
                Map.of("certificateType", "V2GRootCertificate", "certificate", rootCertificate()));
        var noType = api.post("/api/v1/stations/" + id + "/commands/get-installed-certificate-ids", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("certificateType");
        assertThat(noType.status()).isEqualTo(400);
    }

    // O. Display messages

    @Test
    void displayMessagesAndNetworkProfilesAreRefused400ForAn16StationAndBadInputChangesNothing() {
        String id = stations.registeredStation();
        stations.bootedStation(id);

        var refused = api.post(commands(id) + "set-display-message", Map.of("id", 1, "priority", "InFront",
                "message", Map.of("format", "ASCII", "content", "Hi")));
        var badPriority = api.post(commands(id) + "set-display-message", Map.of("id", 1, "priority", "Loud",
                "message", Map.of("format", "ASCII", "content", "Hi")));
        var insecureUrl = api.post(commands(id) + "set-network-profile", Map.of("configurationSlot", 1,
                "connectionData", Map.of("ocppCsmsUrl", "ws://csms.example.com/ocpp", "messageTimeout", 30,
                        "securityProfile", 2, "ocppInterface", "Wired0")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("OCPP 2.0.1");
        assertThat(badPriority.status()).isEqualTo(400);
        assertThat(badPriority.body().path("errors").get(0).path("field").asText()).isEqualTo("priority");
        assertThat(insecureUrl.status()).isEqualTo(400);
        assertThat(insecureUrl.body().path("errors").get(0).path("field").asText())
                .isEqualTo("connectionData.ocppCsmsUrl");
        assertThat(api.get("/api/v1/stations/" + id + "/display-messages").body().path("items")).isEmpty();
    }

    // B. Provisioning: SetNetworkProfile

    @Test
    void TC_B_42_CSMS_aNetworkProfileIsSetAndItsSecretsStayOutOfTheJournal() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetNetworkProfile", Map.of("status", "Accepted"));

        var reply = api.post(commands(id) + "set-network-profile", Map.of("configurationSlot", 2,
                "connectionData", Map.of("ocppCsmsUrl", "wss://csms.example.com/ocpp", "messageTimeout", 30,
                        "securityProfile", 2, "ocppInterface", "Wireless0",
                        "apn", Map.of("apn", "internet.example", "apnUserName", "fleet",
                                "apnPassword", "apn-secret-42", "simPin", 1234, "apnAuthentication", "CHAP"),
                        "vpn", Map.of("server", "vpn.example.com", "user", "station", "password", "vpn-secret-7",
                                "key", "vpn-key-material", "type", "IKEv2"))));
        JsonNode asked = station.awaitCall("SetNetworkProfile");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        JsonNode data = asked.path("connectionData");
        assertThat(asked.path("configurationSlot").asInt()).isEqualTo(2);
        assertThat(data.path("ocppVersion").asText()).isEqualTo("OCPP20");
        assertThat(data.path("ocppTransport").asText()).isEqualTo("JSON");
        assertThat(data.path("ocppCsmsUrl").asText()).isEqualTo("wss://csms.example.com/ocpp");
        assertThat(data.path("securityProfile").asInt()).isEqualTo(2);
        assertThat(data.path("apn").path("apnPassword").asText()).isEqualTo("apn-secret-42");
        assertThat(data.path("vpn").path("key").asText()).isEqualTo("vpn-key-material");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var journal = api.get("/api/v1/stations/" + id + "/journal?action=SetNetworkProfile").body();
            assertThat(journal.path("total").asInt()).isPositive();
            assertThat(journal.toString()).contains("vpn.example.com").doesNotContain("apn-secret-42")
                    .doesNotContain("vpn-secret-7").doesNotContain("vpn-key-material").contains("(redacted)");
        });
    }

    // Fixtures

    private record ClientIdentity(KeyPair keys, X509Certificate certificate) {
    }

    private static String commands(String id) {
        return "/api/v1/stations/" + id + "/commands/";
    }

    private static Map<String, Object> boot() {
        return Map.of("reason", "PowerUp", "chargingStation", Map.of("vendorName", "Acme", "model", "Wallbox 9"));
    }

    private ScriptedStation bootedStation(String id) {
        ScriptedStation station = stations.connectedStation201(id);
        assertThat(station.call("BootNotification", boot()).text("status")).isEqualTo("Accepted");
        return station;
    }

    private static Map<String, Object> hash(String serialNumber) {
        return Map.of("hashAlgorithm", "SHA256", "issuerNameHash", "7a1f", "issuerKeyHash", "9b2e",
                "serialNumber", serialNumber);
    }

    private String stationAtProfile(int profile) {
        String id = stations.registeredStation();
        if (profile != 1) {
            assertThat(api.put("/api/v1/stations/" + id + "/security", Map.of("securityProfile", profile)).status())
                    .isEqualTo(200);
        }
        return id;
    }

    private String rootCertificate() {
        return new String(api.getBytes("/api/v1/pki/root-certificate").body(), StandardCharsets.US_ASCII);
    }

    /** The HTTP status the plain listener answers a 2.0.1 handshake with Basic Auth {@code user:password}. */
    private static int handshakeStatus(String stationId, String user, String password) throws Exception {
        try {
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(V201)
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .buildAsync(URI.create(PLATFORM.ocppUrl() + "/" + stationId), new WebSocket.Listener() {
                    }).get(10, TimeUnit.SECONDS);
            socket.abort();
            return 101;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    /** Trusts the platform CA's root as the API hands it out; presents {@code client} when given. */
    private SSLContext trustingThePlatform(ClientIdentity client) {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("platform-ca", certificate(rootCertificate()));
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
            return Files.createTempDirectory("gridcharge-security201-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
