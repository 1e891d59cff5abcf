package io.gridcharge.app.conformance;

import static io.gridcharge.app.conformance.ConformanceStations.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.pki.PlatformCertificateAuthority;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.Socket;
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
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
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
    private static final ObjectMapper JSON = new ObjectMapper();

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
    void TC_A_03_CSMS_noCredentialsOrAWrongPasswordAreRefused() throws Exception {
        String id = stations.registeredStation();
        String tlsId = stationAtProfile(2);

        assertThat(handshakeStatus(id, null, null)).isEqualTo(401);
        assertThat(handshakeStatus(id, id, "x7.Kq-9+Lm!2@pZ#wR4$t")).isEqualTo(401);
        assertThat(TlsStation.refused(PLATFORM.ocppTlsUrl(), tlsId, "not-the-password-0000",
                trustingThePlatform(null), V201).status()).isEqualTo(401);
        // A profile 2 station is not let in without TLS, even with its right password.
        assertThat(TlsStation.refused(PLATFORM.ocppUrl(), tlsId, PASSWORD, null, V201).status()).isEqualTo(403);
    }

    @Test
    void TC_A_04_CSMS_theServerCertificateNamesTheHostAndTls12CarriesBothProfiles() throws Exception {
        URI tls = URI.create(PLATFORM.ocppTlsUrl());
        for (String suite : List.of("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384")) {
            SSLSession session = tlsHandshake(trustingThePlatform(null), "TLSv1.2", suite);
            assertThat(session.getProtocol()).isEqualTo("TLSv1.2");
            assertThat(session.getCipherSuite()).isEqualTo(suite);
            X509Certificate server = (X509Certificate) session.getPeerCertificates()[0];
            assertThat(server.getSubjectX500Principal().getName()).contains("CN=" + tls.getHost());
            assertThat(server.getSerialNumber()).isPositive();
            assertThat(((ECPublicKey) server.getPublicKey()).getParams().getCurve().getField().getFieldSize())
                    .isGreaterThanOrEqualTo(224);
        }

        String profile2 = stationAtProfile(2);
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), profile2, PASSWORD,
                trustingThePlatform(null), V201)) {
            bootsAndReportsItsConnector(station);
        }
        String profile3 = stationAtProfile(3);
        KeyPair keys = ecKeys();
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), profile3, null,
                trustingThePlatform(new ClientIdentity(keys, issuedFor(profile3, keys, Clock.systemUTC()))), V201)) {
            bootsAndReportsItsConnector(station);
        }
    }

    @Test
    void TC_A_06_CSMS_aTls11HelloIsRefusedAndTls12ThenConnects() throws Exception {
        URI tls = URI.create(PLATFORM.ocppTlsUrl());
        String id = stationAtProfile(2);

        // The JDK's own client will not offer TLS 1.1, so the old hello is written by hand (RFC 4346 §7.4.1.2).
        try (Socket socket = new Socket(tls.getHost(), tls.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(clientHello(0x0302));
            int firstByte = socket.getInputStream().read();
            // An alert (21), or the connection closed: no ServerHello (handshake, 22) for TLS 1.1.
            assertThat(firstByte).isIn(21, -1);
        }
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null),
                V201)) {
            bootsAndReportsItsConnector(station);
        }
    }

    @Test
    void TC_A_07_CSMS_aProfile3StationConnectsWithItsClientCertificateOverTls12() throws Exception {
        String id = stationAtProfile(3);
        KeyPair keys = ecKeys();
        SSLContext withItsCertificate = trustingThePlatform(new ClientIdentity(keys, issuedFor(id, keys,
                Clock.systemUTC())));

        SSLSession session = tlsHandshake(withItsCertificate, "TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
        assertThat(session.getProtocol()).isEqualTo("TLSv1.2");
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, null, withItsCertificate, V201)) {
            bootsAndReportsItsConnector(station);
        }
    }

    @Test
    void TC_A_08_CSMS_anUnknownExpiredOrOtherStationsCertificateIsRefusedAndItsOwnLetsItIn() throws Exception {
        String id = stationAtProfile(3);
        KeyPair keys = ecKeys();
        var stranger = PlatformCertificateAuthority.openOrCreate(temporaryDirectory(), "Mallory", Clock.systemUTC());
        X509Certificate unknown = certificate(stranger.signStationCertificate(StationId.of(id), csr(id, keys))
                .certificateChainPem());
        // Issued by the platform CA three years ago, for two years.
        X509Certificate expired = issuedFor(id, keys, Clock.fixed(Instant.now().minus(Duration.ofDays(3 * 365)),
                ZoneOffset.UTC));
        X509Certificate another = issuedFor(stations.registeredStation(), keys, Clock.systemUTC());

        for (X509Certificate invalid : List.of(unknown, expired, another)) {
            TlsStation.Refusal refusal = TlsStation.refused(PLATFORM.ocppTlsUrl(), id, null,
                    trustingThePlatform(new ClientIdentity(keys, invalid)), V201);
            // Refused in TLS (-1: the certificate does not validate) or at the upgrade (403: not this station's).
            assertThat(refusal.status()).as(invalid.getSubjectX500Principal().getName()).isIn(403, -1);
        }
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, null,
                trustingThePlatform(new ClientIdentity(keys, issuedFor(id, keys, Clock.systemUTC()))), V201)) {
            bootsAndReportsItsConnector(station);
        }
    }

    @Test
    void TC_A_09_CSMS_theNewBasicAuthPasswordIsSetAndThenOnlyItLetsTheStationIn() throws Exception {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetVariables", setVariablesResult("Accepted", "SecurityCtrlr", "BasicAuthPassword"));
        String newPassword = "Nw-9f.Kq2+Lm7@pZ#w";

        var reply = api.post("/api/v1/stations/" + id + "/security/password", Map.of("password", newPassword));
        JsonNode asked = station.awaitCall("SetVariables").path("setVariableData").get(0);
        station.close();

        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("component").path("name").asText()).isEqualTo("SecurityCtrlr");
        assertThat(asked.path("variable").path("name").asText()).isEqualTo("BasicAuthPassword");
        assertThat(asked.path("attributeValue").asText()).isEqualTo(newPassword);
        try (TlsStation again = TlsStation.open(PLATFORM.ocppUrl(), id, newPassword, null, V201)) {
            bootsAndReportsItsConnector(again);
        }
        assertThat(handshakeStatus(id, id, PASSWORD)).isEqualTo(401);
    }

    @Test
    void TC_A_10_CSMS_aRejectedPasswordChangeLeavesTheOldPasswordInForce() throws Exception {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetVariables", setVariablesResult("Rejected", "SecurityCtrlr", "BasicAuthPassword"));
        String newPassword = "Rj-4c.Wx8+Pn3@qT#v";

        var reply = api.post("/api/v1/stations/" + id + "/security/password", Map.of("password", newPassword));
        JsonNode asked = station.awaitCall("SetVariables").path("setVariableData").get(0);
        station.close();

        assertThat(reply.text("status")).isEqualTo("Rejected");
        assertThat(asked.path("component").path("name").asText()).isEqualTo("SecurityCtrlr");
        assertThat(asked.path("variable").path("name").asText()).isEqualTo("BasicAuthPassword");
        try (TlsStation again = TlsStation.open(PLATFORM.ocppUrl(), id, PASSWORD, null, V201)) {
            bootsAndReportsItsConnector(again);
        }
        assertThat(handshakeStatus(id, id, newPassword)).isEqualTo(401);
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
    void TC_A_12_CSMS_aTriggeredV2GCertificateRequestIsSignedAndSentBackAsAV2GCertificate() throws Exception {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("TriggerMessage", Map.of("status", "Accepted"));
        station.answer("CertificateSigned", Map.of("status", "Accepted"));
        KeyPair keys = ecKeys();

        var trigger = api.post(commands(id) + "extended-trigger-message",
                Map.of("requestedMessage", "SignV2GCertificate"));
        JsonNode triggered = station.awaitCall("TriggerMessage");
        var answer = station.call("SignCertificate", Map.of("csr", csr(id, keys), "certificateType", "V2GCertificate"));
        JsonNode signed = station.awaitCall("CertificateSigned");

        assertThat(trigger.status()).as(trigger.toString()).isEqualTo(200);
        assertThat(trigger.text("status")).isEqualTo("Accepted");
        assertThat(triggered.path("requestedMessage").asText()).isEqualTo("SignV2GCertificate");
        assertThat(answer.text("status")).isEqualTo("Accepted");
        assertThat(signed.path("certificateType").asText()).isEqualTo("V2GCertificate");
        // Signed by the platform's V2G sub-CA, which its root signed: the chain is the certificate and the sub-CA.
        List<X509Certificate> chain = certificates(signed.path("certificateChain").asText());
        assertThat(chain).hasSize(2);
        X509Certificate certificate = chain.get(0);
        certificate.verify(chain.get(1).getPublicKey());
        chain.get(1).verify(certificate(rootCertificate()).getPublicKey());
        assertThat(chain.get(1).getBasicConstraints()).isZero();
        assertThat(certificate.getPublicKey()).isEqualTo(keys.getPublic());
        assertThat(certificate.getSubjectX500Principal().getName()).startsWith("CN=" + id);
        var kept = api.get("/api/v1/stations/" + id + "/certificates").body().path("items");
        assertThat(kept.findValuesAsText("source")).containsExactly("Issued");
        assertThat(kept.get(0).path("use").asText()).isEqualTo("V2GCertificate");
        assertThat(kept.get(0).path("serialNumber").asText()).isEqualTo(certificate.getSerialNumber().toString(16));
    }

    @Test
    void TC_A_13_CSMS_aTriggeredCombinedCertificateRequestWithoutATypeIsSignedForTheStation() throws Exception {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("TriggerMessage", Map.of("status", "Accepted"));
        station.answer("CertificateSigned", Map.of("status", "Accepted"));
        KeyPair keys = ecKeys();

        var trigger = api.post(commands(id) + "extended-trigger-message",
                Map.of("requestedMessage", "SignCombinedCertificate"));
        JsonNode triggered = station.awaitCall("TriggerMessage");
        var answer = station.call("SignCertificate", Map.of("csr", csr(id, keys)));
        JsonNode signed = station.awaitCall("CertificateSigned");

        assertThat(trigger.status()).as(trigger.toString()).isEqualTo(200);
        assertThat(trigger.text("status")).isEqualTo("Accepted");
        assertThat(triggered.path("requestedMessage").asText()).isEqualTo("SignCombinedCertificate");
        assertThat(answer.text("status")).isEqualTo("Accepted");
        X509Certificate certificate = certificate(signed.path("certificateChain").asText());
        certificate.verify(certificate(rootCertificate()).getPublicKey());
        assertThat(certificate.getSerialNumber()).isPositive();
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=" + id + ",O=" + OPERATOR);
        assertThat(certificate.getPublicKey()).isEqualTo(keys.getPublic());
    }

    @Test
    void TC_A_14_CSMS_aStationThatRejectsItsNewCertificateReportsItAsASecurityEvent() throws Exception {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("TriggerMessage", Map.of("status", "Accepted"));
        station.answer("CertificateSigned", Map.of("status", "Rejected"));

        var trigger = api.post("/api/v1/stations/" + id + "/commands/extended-trigger-message",
                Map.of("requestedMessage", "SignChargePointCertificate"));
        JsonNode triggered = station.awaitCall("TriggerMessage");
        // A request that is no CSR is Rejected and nothing is signed; a CSR is Accepted.
        var notACsr = station.call("SignCertificate", Map.of("csr", "not a certificate request",
                "certificateType", "ChargingStationCertificate"));
        var answer = station.call("SignCertificate", Map.of("csr", csr(id, ecKeys()),
                "certificateType", "ChargingStationCertificate"));
        JsonNode signed = station.awaitCall("CertificateSigned");
        var event = station.call("SecurityEventNotification", Map.of("type", "InvalidChargingStationCertificate",
                "timestamp", Instant.now().toString()));
        station.call("SecurityEventNotification", Map.of("type", "TamperDetectionActivated",
                "timestamp", Instant.now().toString(), "techInfo", "lid opened"));

        assertThat(trigger.text("status")).isEqualTo("Accepted");
        assertThat(triggered.path("requestedMessage").asText()).isEqualTo("SignChargingStationCertificate");
        assertThat(notACsr.text("status")).isEqualTo("Rejected");
        assertThat(answer.text("status")).isEqualTo("Accepted");
        assertThat(signed.path("certificateType").asText()).isEqualTo("ChargingStationCertificate");
        assertThat(event.isError()).isFalse();
        var events = api.get("/api/v1/stations/" + id + "/security-events").body().path("items");
        assertThat(events.findValuesAsText("type"))
                .containsExactlyInAnyOrder("InvalidChargingStationCertificate", "TamperDetectionActivated");
        var critical = api.get("/api/v1/stations/" + id + "/security-events?critical=true").body().path("items");
        assertThat(critical.findValuesAsText("type")).containsExactly("TamperDetectionActivated");
    }

    @Test
    void TC_A_19_CSMS_aProfile1StationIsMovedToProfile2AndThenRefusedProfile1() throws Exception {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("SetNetworkProfile", Map.of("status", "Accepted"));
        station.answer("SetVariables", setVariablesResult("Accepted", "OCPPCommCtrlr",
                "NetworkConfigurationPriority"));
        station.answer("Reset", Map.of("status", "Accepted"));

        var profile = api.post(commands(id) + "set-network-profile", Map.of("configurationSlot", 1,
                "connectionData", Map.of("ocppCsmsUrl", PLATFORM.ocppTlsUrl(), "messageTimeout", 30,
                        "securityProfile", 2, "ocppInterface", "Wired0")));
        JsonNode networkProfile = station.awaitCall("SetNetworkProfile");
        var priority = api.post(commands(id) + "change-configuration",
                Map.of("key", "OCPPCommCtrlr.NetworkConfigurationPriority", "value", "1"));
        JsonNode priorityAsked = station.awaitCall("SetVariables").path("setVariableData").get(0);
        var reset = api.post(commands(id) + "reset", Map.of("type", "Hard"));
        station.awaitCall("Reset");
        // The station reboots into its new slot; the operator records the profile it now uses.
        station.close();
        var recorded = api.put("/api/v1/stations/" + id + "/security", Map.of("securityProfile", 2));

        assertThat(profile.text("status")).isEqualTo("Accepted");
        JsonNode data = networkProfile.path("connectionData");
        assertThat(data.path("securityProfile").asInt()).isEqualTo(2);
        assertThat(data.path("ocppTransport").asText()).isEqualTo("JSON");
        assertThat(data.path("ocppVersion").asText()).isEqualTo("OCPP20");
        assertThat(data.path("messageTimeout").asInt()).isEqualTo(30);
        assertThat(data.path("ocppInterface").asText()).isEqualTo("Wired0");
        assertThat(data.path("ocppCsmsUrl").asText()).isEqualTo(PLATFORM.ocppTlsUrl());
        assertThat(priority.text("status")).isEqualTo("Accepted");
        assertThat(priorityAsked.path("component").path("name").asText()).isEqualTo("OCPPCommCtrlr");
        assertThat(priorityAsked.path("variable").path("name").asText()).isEqualTo("NetworkConfigurationPriority");
        assertThat(priorityAsked.path("attributeValue").asText()).contains(
                String.valueOf(networkProfile.path("configurationSlot").asInt()));
        assertThat(reset.text("status")).isEqualTo("Accepted");
        assertThat(recorded.status()).isEqualTo(200);
        try (TlsStation upgraded = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null),
                V201)) {
            bootsAndReportsItsConnector(upgraded);
        }
        assertThat(TlsStation.refused(PLATFORM.ocppUrl(), id, PASSWORD, null, V201).status()).isEqualTo(403);
        TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null), V201).close();
    }

    @Test
    void TC_A_19_CSMS_aProfile2StationRenewsItsCertificateAndIsMovedToProfile3() throws Exception {
        String id = stationAtProfile(2);
        KeyPair keys = ecKeys();
        X509Certificate renewed;
        JsonNode networkProfile;
        JsonNode priority;
        try (TlsStation station = TlsStation.open(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null),
                V201)) {
            bootsAndReportsItsConnector(station);
            // Memory state RenewChargingStationCertificate.
            var trigger = operatorAsks(station, id, "extended-trigger-message",
                    Map.of("requestedMessage", "SignChargePointCertificate"), "{\"status\":\"Accepted\"}");
            assertThat(trigger.call().path("requestedMessage").asText()).isEqualTo("SignChargingStationCertificate");
            assertThat(station.call("SignCertificate", json(Map.of("csr", csr(id, keys),
                    "certificateType", "ChargingStationCertificate"))).path("status").asText()).isEqualTo("Accepted");
            JsonNode signed = station.nextCall();
            station.answer(signed, "{\"status\":\"Accepted\"}");
            renewed = certificate(signed.get(3).path("certificateChain").asText());

            networkProfile = operatorAsks(station, id, "set-network-profile", Map.of("configurationSlot", 2,
                    "connectionData", Map.of("ocppCsmsUrl", PLATFORM.ocppTlsUrl(), "messageTimeout", 30,
                            "securityProfile", 3, "ocppInterface", "Wired0")), "{\"status\":\"Accepted\"}").call();
            priority = operatorAsks(station, id, "change-configuration", Map.of(
                    "key", "OCPPCommCtrlr.NetworkConfigurationPriority", "value", "2,1"),
                    json(setVariablesResult("Accepted", "OCPPCommCtrlr", "NetworkConfigurationPriority"))).call();
            assertThat(operatorAsks(station, id, "reset", Map.of("type", "Hard"), "{\"status\":\"Accepted\"}")
                    .call().path("type").asText()).isEqualTo("Immediate");
        }
        assertThat(api.put("/api/v1/stations/" + id + "/security", Map.of("securityProfile", 3)).status())
                .isEqualTo(200);

        assertThat(networkProfile.path("connectionData").path("securityProfile").asInt()).isEqualTo(3);
        assertThat(networkProfile.path("connectionData").path("ocppTransport").asText()).isEqualTo("JSON");
        assertThat(networkProfile.path("connectionData").path("ocppVersion").asText()).isEqualTo("OCPP20");
        assertThat(priority.path("setVariableData").get(0).path("attributeValue").asText()).contains("2");
        SSLContext withTheRenewedCertificate = trustingThePlatform(new ClientIdentity(keys, renewed));
        try (TlsStation upgraded = TlsStation.open(PLATFORM.ocppTlsUrl(), id, null, withTheRenewedCertificate, V201)) {
            bootsAndReportsItsConnector(upgraded);
        }
        assertThat(TlsStation.refused(PLATFORM.ocppTlsUrl(), id, PASSWORD, trustingThePlatform(null), V201).status())
                .isEqualTo(403);
        TlsStation.open(PLATFORM.ocppTlsUrl(), id, null, withTheRenewedCertificate, V201).close();
    }

    /** A command the operator sends through the API while {@code station} answers it; the call and the reply. */
    private OperatorCommand operatorAsks(TlsStation station, String id, String command, Map<String, Object> body,
                                         String answer) {
        CompletableFuture<ApiClient.Reply> reply = CompletableFuture.supplyAsync(() ->
                api.post(commands(id) + command, body));
        JsonNode call = station.nextCall();
        station.answer(call, answer);
        ApiClient.Reply done = reply.join();
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.text("status")).isEqualTo("Accepted");
        return new OperatorCommand(call.get(3), done);
    }

    private record OperatorCommand(JsonNode call, ApiClient.Reply reply) {
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
    void TC_M_03_CSMS_aV2GRootCertificateIsInstalled() {
        String id = stations.registeredStation();

        JsonNode asked = installs(id, "V2GRootCertificate", "Accepted");

        assertThat(asked.path("certificateType").asText()).isEqualTo("V2GRootCertificate");
        assertThat(asked.path("certificate").asText()).isEqualTo(rootCertificate());
        assertThat(kept(id).findValuesAsText("certificateType")).containsExactly("V2GRootCertificate");
    }

    @Test
    void TC_M_04_CSMS_aMORootCertificateIsInstalled() {
        String id = stations.registeredStation();

        JsonNode asked = installs(id, "MORootCertificate", "Accepted");

        assertThat(asked.path("certificateType").asText()).isEqualTo("MORootCertificate");
        assertThat(asked.path("certificate").asText()).isEqualTo(rootCertificate());
        assertThat(kept(id).findValuesAsText("certificateType")).containsExactly("MORootCertificate");
    }

    @Test
    void TC_M_05_CSMS_aCertificateTheStationFailedToInstallIsNotKept() {
        String id = stations.registeredStation();

        JsonNode asked = installs(id, "CSMSRootCertificate", "Failed");

        assertThat(asked.path("certificateType").asText()).isEqualTo("CSMSRootCertificate");
        assertThat(asked.path("certificate").asText()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(kept(id)).isEmpty();
    }

    @Test
    void TC_M_12_CSMS_theCsmsRootCertificatesAreListedWhateverHashAlgorithmTheStationUses() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        for (String algorithm : List.of("SHA256", "SHA384", "SHA512")) {
            Map<String, Object> hash = hash(algorithm, "01020304");
            station.answer("GetInstalledCertificateIds", Map.of("status", "Accepted", "certificateHashDataChain",
                    List.of(Map.of("certificateType", "CSMSRootCertificate", "certificateHashData", hash))));

            var reply = api.post(commands(id) + "get-installed-certificate-ids",
                    Map.of("certificateType", "CSMSRootCertificate"));
            JsonNode asked = station.awaitCall("GetInstalledCertificateIds");

            assertThat(asked.path("certificateType").get(0).asText()).isEqualTo("CSMSRootCertificate");
            assertThat(reply.text("status")).isEqualTo("Accepted");
            JsonNode listed = reply.body().path("certificates").get(0);
            assertThat(listed.path("hashAlgorithm").asText()).isEqualTo(algorithm);
            assertThat(listed.path("issuerNameHash").asText()).isEqualTo(hash.get("issuerNameHash"));
            assertThat(reported(id)).containsExactly("01020304");
        }
    }

    @Test
    void TC_M_13_CSMS_theManufacturerRootCertificatesAreListed() {
        listsOneType("ManufacturerRootCertificate");
    }

    @Test
    void TC_M_14_CSMS_theV2GRootCertificatesAreListed() {
        listsOneType("V2GRootCertificate");
    }

    @Test
    void TC_M_15_CSMS_theV2GCertificateChainIsListedWithItsSubCaAsChild() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetInstalledCertificateIds", Map.of("status", "Accepted", "certificateHashDataChain",
                List.of(Map.of("certificateType", "V2GCertificateChain", "certificateHashData",
                        hash("SHA256", "01020304"), "childCertificateHashData", List.of(hash("SHA256", "05060708"))))));

        var reply = api.post(commands(id) + "get-installed-certificate-ids",
                Map.of("certificateType", "V2GCertificateChain"));
        JsonNode asked = station.awaitCall("GetInstalledCertificateIds");

        assertThat(asked.path("certificateType").get(0).asText()).isEqualTo("V2GCertificateChain");
        assertThat(reply.text("status")).isEqualTo("Accepted");
        JsonNode chain = reply.body().path("chains").get(0);
        assertThat(chain.path("certificateType").asText()).isEqualTo("V2GCertificateChain");
        assertThat(chain.path("childCertificateHashData").findValuesAsText("serialNumber"))
                .containsExactly("05060708");
        assertThat(reported(id)).containsExactlyInAnyOrder("01020304", "05060708");
    }

    @Test
    void TC_M_16_CSMS_theMORootCertificatesAreListed() {
        listsOneType("MORootCertificate");
    }

    @Test
    void TC_M_17_CSMS_theCsmsAndManufacturerRootCertificatesAreListedInOneRequest() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetInstalledCertificateIds", Map.of("status", "Accepted", "certificateHashDataChain", List.of(
                Map.of("certificateType", "CSMSRootCertificate", "certificateHashData", hash("SHA256", "01020304")),
                Map.of("certificateType", "ManufacturerRootCertificate", "certificateHashData",
                        hash("SHA256", "05060708")))));

        var reply = api.post(commands(id) + "get-installed-certificate-ids",
                Map.of("certificateTypes", List.of("CSMSRootCertificate", "ManufacturerRootCertificate")));
        JsonNode asked = station.awaitCall("GetInstalledCertificateIds");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> types = new java.util.ArrayList<>();
        asked.path("certificateType").forEach(type -> types.add(type.asText()));
        assertThat(types).containsExactly("CSMSRootCertificate", "ManufacturerRootCertificate");
        assertThat(reply.body().path("chains").findValuesAsText("certificateType"))
                .containsExactly("CentralSystemRootCertificate", "ManufacturerRootCertificate");
        assertThat(reported(id)).containsExactlyInAnyOrder("01020304", "05060708");
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
        api.get("/api/v1/stations/" + id + "/certificates").body().path("items").forEach(item -> {
            if (item.path("source").asText().equals("Reported")) {
                serials.add(item.path("certificateHashData").path("serialNumber").asText());
            }
        });
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
    void TC_M_20_CSMS_aCertificateIsDeletedWithTheHashDataTheStationReportedInEachAlgorithm() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        for (String algorithm : List.of("SHA256", "SHA384", "SHA512")) {
            installs(station, id, "CSMSRootCertificate", "Accepted");
            Map<String, Object> hash = hash(algorithm, "01020304");
            station.answer("GetInstalledCertificateIds", Map.of("status", "Accepted", "certificateHashDataChain",
                    List.of(Map.of("certificateType", "CSMSRootCertificate", "certificateHashData", hash))));
            station.answer("DeleteCertificate", Map.of("status", "Accepted"));

            var listed = api.post(commands(id) + "get-installed-certificate-ids",
                    Map.of("certificateType", "CSMSRootCertificate"));
            JsonNode listAsked = station.awaitCall("GetInstalledCertificateIds");
            var deleted = api.post(commands(id) + "delete-certificate", listed.body().path("certificates").get(0));
            JsonNode deleteAsked = station.awaitCall("DeleteCertificate").path("certificateHashData");

            assertThat(listAsked.path("certificateType").get(0).asText()).isEqualTo("CSMSRootCertificate");
            assertThat(deleted.text("status")).isEqualTo("Accepted");
            assertThat(deleteAsked.path("hashAlgorithm").asText()).isEqualTo(algorithm);
            assertThat(deleteAsked.path("issuerNameHash").asText()).isEqualTo(hash.get("issuerNameHash"));
            assertThat(deleteAsked.path("issuerKeyHash").asText()).isEqualTo(hash.get("issuerKeyHash"));
            assertThat(deleteAsked.path("serialNumber").asText()).isEqualTo("01020304");
            assertThat(reported(id)).isEmpty();
        }
    }

    @Test
    void TC_M_21_CSMS_aCertificateTheStationFailedToDeleteStaysListed() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        installs(station, id, "CSMSRootCertificate", "Accepted");
        Map<String, Object> hash = hash("SHA256", "01020304");
        station.answer("GetInstalledCertificateIds", Map.of("status", "Accepted", "certificateHashDataChain",
                List.of(Map.of("certificateType", "CSMSRootCertificate", "certificateHashData", hash))));
        station.answer("DeleteCertificate", Map.of("status", "Failed"));

        var listed = api.post(commands(id) + "get-installed-certificate-ids",
                Map.of("certificateType", "CSMSRootCertificate"));
        station.awaitCall("GetInstalledCertificateIds");
        var deleted = api.post(commands(id) + "delete-certificate", listed.body().path("certificates").get(0));
        JsonNode deleteAsked = station.awaitCall("DeleteCertificate").path("certificateHashData");
        station.answer("DeleteCertificate", Map.of("status", "NotFound"));
        var unknown = api.post(commands(id) + "delete-certificate", hash("SHA256", "1c"));
        station.awaitCall("DeleteCertificate");

        assertThat(deleted.text("status")).isEqualTo("Failed");
        assertThat(deleteAsked.path("hashAlgorithm").asText()).isEqualTo("SHA256");
        assertThat(deleteAsked.path("issuerNameHash").asText()).isEqualTo(hash.get("issuerNameHash"));
        assertThat(deleteAsked.path("serialNumber").asText()).isEqualTo("01020304");
        assertThat(unknown.text("status")).isEqualTo("NotFound");
        assertThat(reported(id)).containsExactly("01020304");
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
    void TC_M_24_CSMS_theStatusOfACertificateThePlatformIssuedIsItsSignedOcspResponse() throws Exception {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("CertificateSigned", Map.of("status", "Accepted"));
        station.call("SignCertificate", Map.of("csr", csr(id, ecKeys()), "certificateType", "V2GCertificate"));
        List<X509Certificate> chain = certificates(station.awaitCall("CertificateSigned").path("certificateChain")
                .asText());
        X509Certificate issued = chain.get(0);
        X509Certificate subCa = chain.get(1);
        X509Certificate root = certificate(rootCertificate());
        var stranger = PlatformCertificateAuthority.openOrCreate(temporaryDirectory(), "Mallory", Clock.systemUTC());

        // The V2G chain's sub-CA (issued by the root) in two algorithms, then the station's certificate under it.
        for (CertificateID asked : List.of(ocspId(NISTObjectIdentifiers.id_sha256, root, subCa.getSerialNumber()),
                ocspId(NISTObjectIdentifiers.id_sha384, root, subCa.getSerialNumber()),
                ocspId(NISTObjectIdentifiers.id_sha256, subCa, issued.getSerialNumber()))) {
            X509Certificate issuer = asked.getSerialNumber().equals(subCa.getSerialNumber()) ? root : subCa;
            var answer = station.call("GetCertificateStatus", Map.of("ocspRequestData", ocspRequestData(asked)));

            assertThat(answer.text("status")).isEqualTo("Accepted");
            OCSPResp response = new OCSPResp(Base64.getDecoder().decode(answer.text("ocspResult")));
            assertThat(response.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
            BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
            assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey())))
                    .isTrue();
            assertThat(basic.getResponses()[0].getCertID()).isEqualTo(asked);
            assertThat(basic.getResponses()[0].getCertStatus()).isEqualTo(CertificateStatus.GOOD);
        }
        var unknownIssuer = station.call("GetCertificateStatus", Map.of("ocspRequestData", ocspRequestData(
                ocspId(NISTObjectIdentifiers.id_sha256, stranger.rootCertificate(), issued.getSerialNumber()))));
        assertThat(unknownIssuer.text("status")).isEqualTo("Failed");
        assertThat(unknownIssuer.payload().has("ocspResult")).isFalse();
    }

    @Test
    void anIso15118CertificateTypeCannotBeSentToAn16StationAndNothingIsSent() {
        String id = stations.registeredStation();
        stations.bootedStation(id);

        var refused = api.post("/api/v1/stations/" + id + "/commands/install-certificate",
                Map.of("certificateType", "V2GRootCertificate", "certificate", rootCertificate()));
        var noType = api.post("/api/v1/stations/" + id + "/commands/get-installed-certificate-ids", Map.of());
        var twoTypes = api.post(commands(id) + "get-installed-certificate-ids",
                Map.of("certificateTypes", List.of("CentralSystemRootCertificate", "ManufacturerRootCertificate")));
        var v2gTrigger = api.post(commands(id) + "extended-trigger-message",
                Map.of("requestedMessage", "SignV2GCertificate"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("certificateType");
        assertThat(noType.status()).isEqualTo(400);
        assertThat(twoTypes.status()).isEqualTo(400);
        assertThat(v2gTrigger.status()).isEqualTo(400);
        assertThat(v2gTrigger.body().toString()).contains("requestedMessage");
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

    private static Map<String, Object> hash(String algorithm, String serialNumber) {
        int length = switch (algorithm) {
            case "SHA256" -> 64;
            case "SHA384" -> 96;
            default -> 128;
        };
        return Map.of("hashAlgorithm", algorithm, "issuerNameHash", "aabbccdd".repeat(16).substring(0, length),
                "issuerKeyHash", "eeff0011".repeat(16).substring(0, length), "serialNumber", serialNumber);
    }

    /** The station, booted, answers InstallCertificate of {@code type} with {@code status}; returns what it got. */
    private JsonNode installs(String id, String type, String status) {
        return installs(bootedStation(id), id, type, status);
    }

    private JsonNode installs(ScriptedStation station, String id, String type, String status) {
        station.answer("InstallCertificate", Map.of("status", status));
        var reply = api.post(commands(id) + "install-certificate",
                Map.of("certificateType", type, "certificate", rootCertificate()));
        JsonNode asked = station.awaitCall("InstallCertificate");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo(status);
        return asked;
    }

    private JsonNode kept(String id) {
        return api.get("/api/v1/stations/" + id + "/certificates").body().path("items");
    }

    /** M03 for one type: the request names it, and the station's answer is listed and kept as reported. */
    private void listsOneType(String type) {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetInstalledCertificateIds", Map.of("status", "Accepted", "certificateHashDataChain",
                List.of(Map.of("certificateType", type, "certificateHashData", hash("SHA256", "01020304")))));

        var reply = api.post(commands(id) + "get-installed-certificate-ids", Map.of("certificateType", type));
        JsonNode asked = station.awaitCall("GetInstalledCertificateIds");

        assertThat(asked.path("certificateType").get(0).asText()).isEqualTo(type);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(reply.body().path("chains").findValuesAsText("certificateType")).containsExactly(type);
        assertThat(reply.body().path("certificates").findValuesAsText("serialNumber")).containsExactly("01020304");
        assertThat(kept(id).findValuesAsText("certificateType")).containsExactly(type);
    }

    /** The certificate's OCSP identity as Bouncy Castle computes it from its issuer. */
    private static CertificateID ocspId(ASN1ObjectIdentifier algorithm, X509Certificate issuer, BigInteger serial)
            throws Exception {
        return new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                .get(new AlgorithmIdentifier(algorithm, DERNull.INSTANCE)), new JcaX509CertificateHolder(issuer),
                serial);
    }

    private static Map<String, Object> ocspRequestData(CertificateID id) {
        String algorithm = id.getHashAlgOID().equals(NISTObjectIdentifiers.id_sha256) ? "SHA256"
                : id.getHashAlgOID().equals(NISTObjectIdentifiers.id_sha384) ? "SHA384" : "SHA512";
        return Map.of("hashAlgorithm", algorithm, "issuerNameHash", HexFormat.of().formatHex(id.getIssuerNameHash()),
                "issuerKeyHash", HexFormat.of().formatHex(id.getIssuerKeyHash()),
                "serialNumber", id.getSerialNumber().toString(16), "responderURL", "http://ocsp.example.com");
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

    /**
     * The HTTP status the plain listener answers a 2.0.1 handshake with Basic Auth {@code user:password}, or with
     * no Authorization header when {@code user} is null.
     */
    private static int handshakeStatus(String stationId, String user, String password) throws Exception {
        try {
            WebSocket.Builder handshake = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(V201);
            if (user != null) {
                handshake.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            WebSocket socket = handshake.buildAsync(URI.create(PLATFORM.ocppUrl() + "/" + stationId),
                    new WebSocket.Listener() {
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

    /** Reusable state Booted: BootNotification Accepted, then the connector reported Available, both answered. */
    private static void bootsAndReportsItsConnector(TlsStation station) {
        assertThat(station.call("BootNotification", BOOT).path("status").asText()).isEqualTo("Accepted");
        String now = Instant.now().toString();
        station.call("StatusNotification", json(Map.of("timestamp", now, "connectorStatus", "Available",
                "evseId", 1, "connectorId", 1)));
        station.call("NotifyEvent", json(Map.of("generatedAt", now, "seqNo", 0, "eventData", List.of(Map.of(
                "eventId", 1, "timestamp", now, "trigger", "Delta", "actualValue", "Available",
                "eventNotificationType", "HardWiredNotification", "component", Map.of("name", "Connector"),
                "variable", Map.of("name", "AvailabilityState"))))));
    }

    private static Map<String, Object> setVariablesResult(String status, String component, String variable) {
        return Map.of("setVariableResult", List.of(Map.of("attributeStatus", status, "attributeType", "Actual",
                "component", Map.of("name", component), "variable", Map.of("name", variable))));
    }

    /** A TLS handshake with the listener offering only {@code protocol} and {@code suite}. */
    private static SSLSession tlsHandshake(SSLContext context, String protocol, String suite) throws IOException {
        URI tls = URI.create(PLATFORM.ocppTlsUrl());
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(tls.getHost(), tls.getPort())) {
            socket.setEnabledProtocols(new String[] {protocol});
            socket.setEnabledCipherSuites(new String[] {suite});
            socket.startHandshake();
            return socket.getSession();
        }
    }

    /** A ClientHello record of TLS {@code version} (0x0302: TLS 1.1) offering four CBC suites of that time. */
    private static byte[] clientHello(int version) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        int[] suites = {0xc009, 0xc00a, 0x002f, 0x0035};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(version >> 8);
        body.write(version & 0xff);
        body.writeBytes(random);
        body.write(0);
        body.write(0);
        body.write(suites.length * 2);
        for (int suite : suites) {
            body.write(suite >> 8);
            body.write(suite & 0xff);
        }
        body.write(1);
        body.write(0);
        int length = body.size();
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(new byte[] {0x16, 0x03, 0x01, (byte) ((length + 4) >> 8), (byte) (length + 4), 0x01, 0,
                (byte) (length >> 8), (byte) length});
        record.writeBytes(body.toByteArray());
        return record.toByteArray();
    }

    /** A certificate the platform CA issues from its files at {@code clock}'s time, as SignCertificate would. */
    private static X509Certificate issuedFor(String stationId, KeyPair keys, Clock clock) throws Exception {
        var ca = PlatformCertificateAuthority.openOrCreate(DATA.resolve("pki"), OPERATOR, clock);
        return certificate(ca.signStationCertificate(StationId.of(stationId), csr(stationId, keys))
                .certificateChainPem());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** Every certificate of a PEM chain, in order. */
    private static List<X509Certificate> certificates(String pem) {
        try {
            return CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(
                    pem.getBytes(StandardCharsets.US_ASCII))).stream().map(X509Certificate.class::cast).toList();
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
