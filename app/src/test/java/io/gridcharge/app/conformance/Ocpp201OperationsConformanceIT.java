package io.gridcharge.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform's authorization (C: token types, groups, master pass, cache, contract certificates), local lists
 * (D), reservations (H), firmware and its publishing (L) and logs (N01) on an OCPP 2.0.1 station, through the same
 * API endpoints as on a 1.6 one, seen by ocpp-rpc in strict mode speaking ocpp2.0.1 (every call the platform
 * sends is checked against the official 2.0.1 schemas). Test names carry the OCA OCPP 2.0.1 CSMS test case they
 * replay, or the spec requirement where no test case covers it.
 */
class Ocpp201OperationsConformanceIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase().with(Setting.HEARTBEAT_INTERVAL, "120")
            .with(Setting.OCSP_RESPONDERS, "127.0.0.1");

    /** The answer a 2.0.1 station gives when asked for 1.6's SendLocalListMaxLength: ItemsPerMessage. */
    private static final Map<String, Object> ITEMS_PER_MESSAGE = Map.of("getVariableResult", List.of(Map.of(
            "attributeStatus", "Accepted", "attributeValue", "100",
            "component", Map.of("name", "LocalAuthListCtrlr"), "variable", Map.of("name", "ItemsPerMessage"))));

    private final ApiClient api = PLATFORM.admin();

    @RegisterExtension
    final ConformanceStations stations = new ConformanceStations(PLATFORM, api, "V201OPS");

    private ScriptedStation bootedStation(String id) {
        ScriptedStation station = stations.connectedStation201(id);
        assertThat(station.call("BootNotification", Ocpp201CsmsConformanceIT.boot("SN-" + id)).text("status"))
                .isEqualTo("Accepted");
        return station;
    }

    private String token(String type, String groupId) {
        String token = ConformanceStations.uniqueName("V201OPS-" + type);
        Map<String, Object> body = new HashMap<>(Map.of("idToken", token, "type", type));
        if (groupId != null) {
            body.put("groupId", groupId);
        }
        var issued = api.post("/api/v1/id-tokens", body);
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return token;
    }

    // C: id token types

    @Test
    void C01_theTokenRegistryKeepsEachTokensTypeAnd16TokensAreRfidCards() {
        String card = stations.issuedToken();
        String contract = token("eMAID", null);

        var plain = api.get("/api/v1/id-tokens/" + card).body();
        var typed = api.get("/api/v1/id-tokens/" + contract).body();
        var changed = api.patch("/api/v1/id-tokens/" + card, Map.of("type", "KeyCode"));
        var unknownType = api.post("/api/v1/id-tokens", Map.of("idToken", "V201OPS-BAD", "type", "Barcode"));

        assertThat(plain.path("type").asText()).isEqualTo("ISO14443");
        assertThat(typed.path("type").asText()).isEqualTo("eMAID");
        assertThat(changed.text("type")).isEqualTo("KeyCode");
        assertThat(api.get("/api/v1/id-tokens/" + card).text("type")).isEqualTo("KeyCode");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.body().toString()).contains("type");
        assertThat(api.get("/api/v1/id-tokens/V201OPS-BAD").status()).isEqualTo(404);
    }

    @Test
    void TC_F_02_CSMS_andTC_F_03_CSMS_remoteStartNamesTheTokenWithItsOwnType() {
        String id = stations.registeredStation();
        String contract = token("eMAID", null);
        ScriptedStation station = bootedStation(id);
        station.answer("RequestStartTransaction", Map.of("status", "Accepted"));

        var reply = api.post("/api/v1/stations/" + id + "/commands/remote-start",
                Map.of("connectorId", 1, "idToken", contract));
        JsonNode asked = station.awaitCall("RequestStartTransaction");
        var started = station.call("TransactionEvent", Ocpp201CsmsConformanceIT.transactionEvent("Started", 0,
                "RemoteStart", "TX-" + id, Instant.now(), Map.of("evse", Map.of("id", 1, "connectorId", 1),
                        "idToken", asked.path("idToken"), "transactionInfo", Map.of("transactionId", "TX-" + id,
                                "remoteStartId", asked.path("remoteStartId").asInt()))));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(asked.path("idToken").path("idToken").asText()).isEqualTo(contract);
        assertThat(asked.path("idToken").path("type").asText()).isEqualTo("eMAID");
        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
    }

    @Test
    void C01_aKnownTokenPresentedAsAnotherTypeIsInvalid() {
        String card = stations.issuedToken();
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        var asCard = station.call("Authorize", Map.of("idToken", Map.of("idToken", card, "type", "ISO14443")));
        var asKeyCode = station.call("Authorize", Map.of("idToken", Map.of("idToken", card, "type", "KeyCode")));
        var started = station.call("TransactionEvent", Ocpp201CsmsConformanceIT.transactionEvent("Started", 0,
                "Authorized", "TX-" + id, Instant.now(), Map.of("evse", Map.of("id", 1, "connectorId", 1),
                        "idToken", Map.of("idToken", card, "type", "KeyCode"))));

        assertThat(asCard.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        assertThat(asKeyCode.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Invalid");
        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Invalid");
    }

    @Test
    void TC_C_39_CSMS_authorizationByGroupIdAnswersTheGroupOfTheToken() {
        String first = stations.issuedToken("Accepted", "V201OPS-FLEET");
        String second = stations.issuedToken("Accepted", "V201OPS-FLEET");
        ScriptedStation station = bootedStation(stations.registeredStation());

        var a = station.call("Authorize", Map.of("idToken", Map.of("idToken", first, "type", "ISO14443")));
        var b = station.call("Authorize", Map.of("idToken", Map.of("idToken", second, "type", "ISO14443")));

        assertThat(a.payload().path("idTokenInfo").path("groupIdToken").path("idToken").asText())
                .isEqualTo("V201OPS-FLEET");
        assertThat(b.payload().path("idTokenInfo").path("groupIdToken").path("idToken").asText())
                .isEqualTo("V201OPS-FLEET");
        assertThat(b.payload().path("idTokenInfo").path("groupIdToken").path("type").asText()).isEqualTo("Central");
    }

    @Test
    void TC_C_07_CSMS_anExpiredTokenIsAnsweredExpired() {
        String expired = stations.issuedToken("Expired", null);
        ScriptedStation station = bootedStation(stations.registeredStation());

        var answer = station.call("Authorize", Map.of("idToken", Map.of("idToken", expired, "type", "ISO14443")));

        assertThat(verdict(answer)).isEqualTo("Expired");
    }

    @Test
    void TC_C_08_CSMS_aTokenTheStationAuthorizedFromItsCacheIsAcceptedAndIdentifiesTheTransaction() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        String tx = "TX-" + id;
        station.call("TransactionEvent", txEvent("Started", 0, "EVDetected", tx, 1, Map.of(), null));
        station.call("TransactionEvent", txEvent("Updated", 1, "CablePluggedIn", tx, 1,
                Map.of("chargingState", "EVConnected"), null));

        var authorized = station.call("TransactionEvent", txEvent("Updated", 2, "Authorized", tx, 1,
                Map.of("chargingState", "EVConnected"), card));

        assertThat(verdict(authorized)).isEqualTo("Accepted");
        assertThat(transactionOf(id, tx).path("idToken").asText()).isEqualTo(card);
    }

    @Test
    void TC_C_20_CSMS_aTokenTheStationsCacheHeldButThePlatformDoesNotKnowIsInvalid() {
        String id = stations.registeredStation();
        String unknown = ConformanceStations.uniqueName("V201OPS-NEVER-ISSUED");
        ScriptedStation station = bootedStation(id);
        String tx = "TX-" + id;
        station.call("TransactionEvent", txEvent("Started", 0, "EVDetected", tx, 1, Map.of(), null));
        station.call("TransactionEvent", txEvent("Updated", 1, "CablePluggedIn", tx, 1,
                Map.of("chargingState", "EVConnected"), null));

        var authorized = station.call("TransactionEvent", txEvent("Updated", 2, "Authorized", tx, 1,
                Map.of("chargingState", "EVConnected"), unknown));

        assertThat(verdict(authorized)).isEqualTo("Invalid");
    }

    @Test
    void TC_C_37_CSMS_clearCacheIsSentAndTheStationsAcceptanceComesBack() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("ClearCache", Map.of("status", "Accepted"));

        var reply = api.post(Ocpp201CsmsConformanceIT.commands(id) + "clear-cache", Map.of());

        assertThat(station.awaitCall("ClearCache").isEmpty()).isTrue();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
    }

    @Test
    void TC_C_38_CSMS_aClearCacheTheStationRejectsAnswersRejected() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("ClearCache", Map.of("status", "Rejected"));

        var reply = api.post(Ocpp201CsmsConformanceIT.commands(id) + "clear-cache", Map.of());

        station.awaitCall("ClearCache");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Rejected");
    }

    @Test
    void TC_C_40_CSMS_anotherCardOfTheGroupStopsTheTransactionAndBothAreAnsweredWithTheGroup() {
        String id = stations.registeredStation();
        String group = ConformanceStations.uniqueName("V201OPS-HOUSEHOLD");
        String first = stations.issuedToken("Accepted", group);
        String second = stations.issuedToken("Accepted", group);
        ScriptedStation station = bootedStation(id);
        String tx = "TX-" + id;

        var started = station.call("TransactionEvent", txEvent("Started", 0, "Authorized", tx, 1,
                Map.of("chargingState", "EVConnected"), first));
        station.call("TransactionEvent", txEvent("Updated", 1, "ChargingStateChanged", tx, 1,
                Map.of("chargingState", "Charging"), null));
        var stopped = station.call("TransactionEvent", txEvent("Updated", 2, "StopAuthorized", tx, 1,
                Map.of("chargingState", "EVConnected"), second));
        station.call("TransactionEvent", txEvent("Ended", 3, "EVCommunicationLost", tx, 1,
                Map.of("chargingState", "Idle", "stoppedReason", "EVDisconnected"), null));

        assertThat(verdict(started)).isEqualTo("Accepted");
        assertThat(groupOf(started)).isEqualTo(group);
        assertThat(verdict(stopped)).isEqualTo("Accepted");
        assertThat(groupOf(stopped)).isEqualTo(group);
        JsonNode transaction = transactionOf(id, tx);
        assertThat(transaction.path("idToken").asText()).isEqualTo(first);
        assertThat(transaction.path("stopReason").asText()).isEqualTo("EVDisconnected");
    }

    @Test
    void TC_C_43_CSMS_anotherCardOfTheGroupIsAuthorizedWithTheGroupWhileTheFirstCharges() {
        String id = stations.registeredStation();
        String group = ConformanceStations.uniqueName("V201OPS-HOUSEHOLD");
        String first = stations.issuedToken("Accepted", group);
        String second = stations.issuedToken("Accepted", group);
        ScriptedStation station = bootedStation(id);
        String tx = "TX-" + id;

        var started = station.call("TransactionEvent", txEvent("Started", 0, "Authorized", tx, 1,
                Map.of("chargingState", "EVConnected"), first));
        station.call("TransactionEvent", txEvent("Updated", 1, "ChargingStateChanged", tx, 1,
                Map.of("chargingState", "Charging"), null));
        var authorize = station.call("Authorize", Map.of("idToken", Map.of("idToken", second, "type", "ISO14443")));
        var stopped = station.call("TransactionEvent", txEvent("Updated", 2, "StopAuthorized", tx, 1,
                Map.of("chargingState", "EVConnected"), second));
        station.call("TransactionEvent", txEvent("Ended", 3, "EVCommunicationLost", tx, 1,
                Map.of("chargingState", "Idle", "stoppedReason", "EVDisconnected"), null));

        assertThat(groupOf(started)).isEqualTo(group);
        assertThat(verdict(authorize)).isEqualTo("Accepted");
        assertThat(groupOf(authorize)).isEqualTo(group);
        assertThat(verdict(stopped)).isEqualTo("Accepted");
        assertThat(groupOf(stopped)).isEqualTo(group);
        assertThat(transactionOf(id, tx).path("stoppedAt").isTextual()).isTrue();
    }

    /**
     * C16: the Master Pass is a group the station is configured with (AuthCtrlr.MasterPassGroupId); the platform
     * answers its cards with that group, and a transaction ended by it keeps the reason MasterPass.
     */
    @Test
    void TC_C_47_CSMS_aMasterPassEndsEveryTransactionItIsShownAndEachEndIsAnsweredWithItsGroup() {
        String id = stations.registeredStation();
        String masterPass = ConformanceStations.uniqueName("V201OPS-MASTERPASS");
        String officer = stations.issuedToken("Accepted", masterPass);
        ScriptedStation station = bootedStation(id);
        String tx1 = "TX1-" + id;
        String tx2 = "TX2-" + id;
        charging(station, tx1, 1, stations.issuedToken());
        charging(station, tx2, 2, stations.issuedToken());

        var authorize = station.call("Authorize", Map.of("idToken", Map.of("idToken", officer, "type", "ISO14443")));
        var ended1 = station.call("TransactionEvent", txEvent("Ended", 2, "StopAuthorized", tx1, 1,
                Map.of("chargingState", "Idle", "stoppedReason", "MasterPass"), officer));
        var ended2 = station.call("TransactionEvent", txEvent("Ended", 2, "StopAuthorized", tx2, 2,
                Map.of("chargingState", "Idle", "stoppedReason", "MasterPass"), officer));

        assertThat(verdict(authorize)).isEqualTo("Accepted");
        assertThat(groupOf(authorize)).isEqualTo(masterPass);
        assertThat(List.of(ended1, ended2)).allSatisfy(ended -> {
            assertThat(verdict(ended)).isEqualTo("Accepted");
            assertThat(groupOf(ended)).isEqualTo(masterPass);
        });
        assertThat(transactionOf(id, tx1).path("stopReason").asText()).isEqualTo("MasterPass");
        assertThat(transactionOf(id, tx2).path("stopReason").asText()).isEqualTo("MasterPass");
    }

    @Test
    void TC_C_48_CSMS_aMasterPassEndsTheOneTransactionChosenAndTheOtherRuns() {
        String id = stations.registeredStation();
        String masterPass = ConformanceStations.uniqueName("V201OPS-MASTERPASS");
        String officer = stations.issuedToken("Accepted", masterPass);
        ScriptedStation station = bootedStation(id);
        String chosen = "TX1-" + id;
        String other = "TX2-" + id;
        charging(station, chosen, 1, stations.issuedToken());
        charging(station, other, 2, stations.issuedToken());

        var authorize = station.call("Authorize", Map.of("idToken", Map.of("idToken", officer, "type", "ISO14443")));
        var ended = station.call("TransactionEvent", txEvent("Ended", 2, "StopAuthorized", chosen, 1,
                Map.of("chargingState", "Idle", "stoppedReason", "MasterPass"), officer));

        assertThat(verdict(authorize)).isEqualTo("Accepted");
        assertThat(groupOf(authorize)).isEqualTo(masterPass);
        assertThat(verdict(ended)).isEqualTo("Accepted");
        assertThat(groupOf(ended)).isEqualTo(masterPass);
        assertThat(transactionOf(id, chosen).path("stopReason").asText()).isEqualTo("MasterPass");
        assertThat(transactionOf(id, other).path("stoppedAt").isNull()).isTrue();
    }

    @Test
    void TC_C_49_CSMS_aStationWithoutUiEndsEveryTransactionOnAMasterPassWithEachDriversOwnToken() {
        String id = stations.registeredStation();
        String masterPass = ConformanceStations.uniqueName("V201OPS-MASTERPASS");
        String officer = stations.issuedToken("Accepted", masterPass);
        String driver1 = stations.issuedToken();
        String driver2 = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        String tx1 = "TX1-" + id;
        String tx2 = "TX2-" + id;
        charging(station, tx1, 1, driver1);
        charging(station, tx2, 2, driver2);

        var authorize = station.call("Authorize", Map.of("idToken", Map.of("idToken", officer, "type", "ISO14443")));
        var ended1 = station.call("TransactionEvent", txEvent("Ended", 2, "StopAuthorized", tx1, 1,
                Map.of("chargingState", "Idle", "stoppedReason", "MasterPass"), driver1));
        var ended2 = station.call("TransactionEvent", txEvent("Ended", 2, "StopAuthorized", tx2, 2,
                Map.of("chargingState", "Idle", "stoppedReason", "MasterPass"), driver2));

        assertThat(verdict(authorize)).isEqualTo("Accepted");
        assertThat(groupOf(authorize)).isEqualTo(masterPass);
        assertThat(verdict(ended1)).isEqualTo("Accepted");
        assertThat(verdict(ended2)).isEqualTo("Accepted");
        assertThat(transactionOf(id, tx1).path("stopReason").asText()).isEqualTo("MasterPass");
        assertThat(transactionOf(id, tx2).path("stopReason").asText()).isEqualTo("MasterPass");
    }

    // C07: ISO 15118 contract certificates, checked with the OCSP responder they name

    /** The OCSP request data a station sends of a contract certificate it checked itself (hex, SHA-256). */
    private static Map<String, Object> ocspData(String responderUrl, String serialNumber) {
        return Map.of("hashAlgorithm", "SHA256",
                "issuerNameHash", "6c2f8d8c1ea4a3c5b7e1f0d2a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0",
                "issuerKeyHash", "0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b1a",
                "serialNumber", serialNumber, "responderURL", responderUrl);
    }

    @Test
    void TC_C_50_CSMS_aContractTheStationCheckedIsAskedOfItsOcspResponderAndAcceptedWhenGood() throws Exception {
        String id = stations.registeredStation();
        String contract = token("eMAID", null);
        ScriptedStation station = bootedStation(id);
        try (OcspResponder responder = new OcspResponder(CertificateStatus.GOOD)) {
            var authorize = station.call("Authorize", Map.of("idToken", Map.of("idToken", contract, "type", "eMAID"),
                    "iso15118CertificateHashData", List.of(ocspData(responder.url(), "1a2b3c4d"))));
            Map<String, Object> started = txEvent("Started", 0, "Authorized", "TX-" + id, 1,
                    Map.of("chargingState", "EVConnected"), null);
            started.put("idToken", Map.of("idToken", contract, "type", "eMAID"));
            var transaction = station.call("TransactionEvent", started);

            assertThat(responder.asked()).isPositive();
            assertThat(verdict(authorize)).isEqualTo("Accepted");
            assertThat(authorize.text("certificateStatus")).isEqualTo("Accepted");
            assertThat(verdict(transaction)).isEqualTo("Accepted");
        }
    }

    @Test
    void TC_C_51_CSMS_aContractWhoseCertificateIsRevokedIsInvalidWithCertificateRevoked() throws Exception {
        String id = stations.registeredStation();
        String contract = token("eMAID", null);
        ScriptedStation station = bootedStation(id);
        try (OcspResponder responder = new OcspResponder(new RevokedStatus(new Date(), CRLReason.superseded))) {
            var authorize = station.call("Authorize", Map.of("idToken", Map.of("idToken", contract, "type", "eMAID"),
                    "iso15118CertificateHashData", List.of(ocspData(responder.url(), "deadbeef"))));

            assertThat(responder.asked()).isPositive();
            assertThat(verdict(authorize)).isEqualTo("Invalid");
            assertThat(authorize.text("certificateStatus")).isEqualTo("CertificateRevoked");
        }
    }

    @Test
    void TC_C_52_CSMS_aContractCertificateSentWholeIsCheckedByThePlatformWithTheResponderItNames() throws Exception {
        String id = stations.registeredStation();
        String contract = token("eMAID", null);
        ScriptedStation station = bootedStation(id);
        try (OcspResponder responder = new OcspResponder(CertificateStatus.GOOD)) {
            var authorize = station.call("Authorize", Map.of("idToken", Map.of("idToken", contract, "type", "eMAID"),
                    "certificate", contractCertificate(responder.url())));
            Map<String, Object> started = txEvent("Started", 0, "Authorized", "TX-" + id, 1,
                    Map.of("chargingState", "EVConnected"), null);
            started.put("idToken", Map.of("idToken", contract, "type", "eMAID"));
            var transaction = station.call("TransactionEvent", started);

            assertThat(responder.asked()).isPositive();
            assertThat(verdict(authorize)).isEqualTo("Accepted");
            assertThat(authorize.text("certificateStatus")).isEqualTo("Accepted");
            assertThat(verdict(transaction)).isEqualTo("Accepted");
        }
        try (OcspResponder revoking = new OcspResponder(new RevokedStatus(new Date(), CRLReason.keyCompromise))) {
            var refused = station.call("Authorize", Map.of("idToken", Map.of("idToken", contract, "type", "eMAID"),
                    "certificate", contractCertificate(revoking.url())));
            assertThat(verdict(refused)).isEqualTo("Invalid");
            assertThat(refused.text("certificateStatus")).isEqualTo("CertificateRevoked");
        }
    }

    /** A self-signed contract certificate (PEM) whose Authority Information Access names {@code responderUrl}. */
    private static String contractCertificate(String responderUrl) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=DE-GRD-C12345-A, O=GridCharge Test MO");
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(365))), name,
                pair.getPublic());
        builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, responderUrl)));
        byte[] der = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()))
                .getEncoded();
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    /** The test tool's mock OCSP responder: every certificate it is asked about has {@code status}. */
    private static final class OcspResponder implements AutoCloseable {
        private final HttpServer server;
        private final AtomicInteger asked = new AtomicInteger();
        private final KeyPair key;

        OcspResponder(CertificateStatus status) throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            key = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/ocsp", exchange -> {
                asked.incrementAndGet();
                try (exchange) {
                    byte[] body = answer(new OCSPReq(exchange.getRequestBody().readAllBytes()), status);
                    exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/ocsp";
        }

        int asked() {
            return asked.get();
        }

        private byte[] answer(OCSPReq request, CertificateStatus status) throws IOException {
            BasicOCSPRespBuilder builder = new BasicOCSPRespBuilder(new RespID(new X500Name("CN=Test OCSP Responder")));
            for (Req single : request.getRequestList()) {
                builder.addResponse(single.getCertID(), status);
            }
            try {
                BasicOCSPResp basic = builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                        .build(key.getPrivate()), null, new Date());
                return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
            } catch (OperatorCreationException | OCSPException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** A transaction on connector 1 of {@code evse}: {@code info} beside its id, the card when not null. */
    private static Map<String, Object> txEvent(String type, int seqNo, String trigger, String txId, int evse,
                                               Map<String, Object> info, String card) {
        Map<String, Object> transactionInfo = new HashMap<>(info);
        transactionInfo.put("transactionId", txId);
        Map<String, Object> extra = new HashMap<>(Map.of("evse", Map.of("id", evse, "connectorId", 1),
                "transactionInfo", transactionInfo));
        if (card != null) {
            extra.put("idToken", Map.of("idToken", card, "type", "ISO14443"));
        }
        return Ocpp201CsmsConformanceIT.transactionEvent(type, seqNo, trigger, txId, Instant.now(), extra);
    }

    /** The test tool's EnergyTransferStarted on {@code evse}: authorized by the card, then charging. */
    private static void charging(ScriptedStation station, String txId, int evse, String card) {
        assertThat(verdict(station.call("TransactionEvent", txEvent("Started", 0, "Authorized", txId, evse,
                Map.of("chargingState", "EVConnected"), card)))).isEqualTo("Accepted");
        assertThat(station.call("TransactionEvent", txEvent("Updated", 1, "ChargingStateChanged", txId, evse,
                Map.of("chargingState", "Charging"), null)).isError()).isFalse();
    }

    private static String verdict(ScriptedStation.Answer answer) {
        assertThat(answer.isError()).as(answer.toString()).isFalse();
        return answer.payload().path("idTokenInfo").path("status").asText();
    }

    private static String groupOf(ScriptedStation.Answer answer) {
        return answer.payload().path("idTokenInfo").path("groupIdToken").path("idToken").asText();
    }

    /** The transaction the station calls {@code txId}, as the API lists it. */
    private JsonNode transactionOf(String stationId, String txId) {
        for (JsonNode item : api.get("/api/v1/transactions?stationId=" + stationId).body().path("items")) {
            if (txId.equals(item.path("stationTransactionId").asText())) {
                return item;
            }
        }
        throw new AssertionError("no transaction " + txId + " on " + stationId);
    }

    // G01: the connectors of an EVSE

    @Test
    void G01_eachConnectorOfAnEvseKeepsItsStateAndTheEvseIsInUseWhileOneIs() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);

        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Occupied"));
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 2, "Unavailable"));
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(2, 1, "Available"));

        JsonNode shown = api.get("/api/v1/stations/" + id).body();
        assertThat(shown.path("connectors").findValuesAsText("connectorId")).containsExactly("1", "2");
        assertThat(shown.path("connectors").findValuesAsText("status")).containsExactly("Occupied", "Available");
        JsonNode connectors = shown.path("evseConnectors");
        assertThat(connectors.findValuesAsText("evseId")).containsExactly("1", "1", "2");
        assertThat(connectors.findValuesAsText("connectorId")).containsExactly("1", "2", "1");
        assertThat(connectors.findValuesAsText("status")).containsExactly("Occupied", "Unavailable", "Available");

        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Available"));
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 2, "Available"));
        assertThat(api.get("/api/v1/stations/" + id).body().path("connectors").findValuesAsText("status"))
                .containsExactly("Available", "Available");
    }

    @Test
    void G01_aStationOf16HasNoEvseConnectors() {
        String id = stations.registeredStation();
        ScriptedStation station = stations.bootedStation(id);

        station.call("StatusNotification", ConformanceStations.status(1, "Charging"));

        JsonNode shown = api.get("/api/v1/stations/" + id).body();
        assertThat(shown.path("connectors").findValuesAsText("status")).containsExactly("Charging");
        assertThat(shown.path("evseConnectors")).isEmpty();
    }

    // D: local authorization list

    private static String localList(String id) {
        return "/api/v1/stations/" + id + "/local-list";
    }

    private ScriptedStation stationTakingLists(String id) {
        ScriptedStation station = bootedStation(id);
        station.answer("GetVariables", ITEMS_PER_MESSAGE);
        station.answer("SendLocalList", Map.of("status", "Accepted"));
        return station;
    }

    @Test
    void TC_D_01_CSMS_sendLocalAuthorizationListFullGivesEveryTokenItsTypeAndAnswer() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        String blocked = stations.issuedToken("Blocked", null);
        String contract = token("eMAID", null);
        ScriptedStation station = stationTakingLists(id);

        api.put(localList(id), Map.of("tokens", List.of(card, blocked, contract)));
        var sync = api.post(localList(id) + "/sync", Map.of("full", true));

        JsonNode limits = station.awaitCall("GetVariables");
        JsonNode sent = station.awaitCall("SendLocalList");
        assertThat(limits.path("getVariableData").findValuesAsText("name"))
                .containsExactly("LocalAuthListCtrlr", "ItemsPerMessage");
        assertThat(sent.path("updateType").asText()).isEqualTo("Full");
        assertThat(sent.path("versionNumber").asInt()).isEqualTo(1);
        JsonNode entries = sent.path("localAuthorizationList");
        assertThat(entries).hasSize(3).allSatisfy(entry -> assertThat(entry.has("idTokenInfo")).isTrue());
        Map<String, String> types = new HashMap<>();
        Map<String, String> answers = new HashMap<>();
        entries.forEach(entry -> {
            types.put(entry.path("idToken").path("idToken").asText(), entry.path("idToken").path("type").asText());
            answers.put(entry.path("idToken").path("idToken").asText(),
                    entry.path("idTokenInfo").path("status").asText());
        });
        assertThat(types).containsEntry(card, "ISO14443").containsEntry(contract, "eMAID");
        assertThat(answers).containsEntry(blocked, "Blocked").containsEntry(card, "Accepted");
        assertThat(sync.status()).as(sync.toString()).isEqualTo(200);
        assertThat(sync.text("status")).isEqualTo("Accepted");
        assertThat(api.get(localList(id)).body().path("stationVersion").asInt()).isEqualTo(1);
    }

    @Test
    void TC_D_02_CSMS_andTC_D_08_CSMS_aDifferentialUpdateCarriesOnlyTheAddedTokenAfterTheVersionIsRead() {
        String id = stations.registeredStation();
        String first = stations.issuedToken();
        String added = stations.issuedToken();
        ScriptedStation station = stationTakingLists(id);
        api.put(localList(id), Map.of("tokens", List.of(first)));
        api.post(localList(id) + "/sync", Map.of());
        station.awaitCall("GetVariables");
        int initial = station.awaitCall("SendLocalList").path("versionNumber").asInt();
        station.answer("GetLocalListVersion", Map.of("versionNumber", initial));

        var version = api.get(localList(id) + "/version");
        api.put(localList(id), Map.of("tokens", List.of(first, added)));
        var sync = api.post(localList(id) + "/sync", Map.of("full", false));

        station.awaitCall("GetLocalListVersion");
        station.awaitCall("GetVariables");
        JsonNode sent = station.awaitCall("SendLocalList");
        assertThat(version.body().path("stationVersion").asInt()).isEqualTo(initial);
        assertThat(version.body().path("inSync").asBoolean()).isTrue();
        assertThat(sent.path("updateType").asText()).isEqualTo("Differential");
        assertThat(sent.path("localAuthorizationList")).hasSize(1);
        assertThat(sent.path("localAuthorizationList").get(0).path("idToken").path("idToken").asText())
                .isEqualTo(added);
        assertThat(sent.path("versionNumber").asInt()).isGreaterThan(initial);
        assertThat(sync.text("status")).isEqualTo("Accepted");
    }

    @Test
    void TC_D_03_CSMS_aDifferentialRemoveSendsTheTokenWithoutIdTokenInfo() {
        String id = stations.registeredStation();
        String kept = stations.issuedToken();
        String dropped = stations.issuedToken();
        ScriptedStation station = stationTakingLists(id);
        api.put(localList(id), Map.of("tokens", List.of(kept, dropped)));
        api.post(localList(id) + "/sync", Map.of());
        station.awaitCall("GetVariables");
        station.awaitCall("SendLocalList");

        api.put(localList(id), Map.of("tokens", List.of(kept)));
        var sync = api.post(localList(id) + "/sync", Map.of("full", false));

        station.awaitCall("GetVariables");
        JsonNode sent = station.awaitCall("SendLocalList");
        assertThat(sent.path("updateType").asText()).isEqualTo("Differential");
        assertThat(sent.path("localAuthorizationList")).hasSize(1);
        assertThat(sent.path("localAuthorizationList").get(0).path("idToken").path("idToken").asText())
                .isEqualTo(dropped);
        assertThat(sent.path("localAuthorizationList").get(0).has("idTokenInfo")).isFalse();
        assertThat(sync.text("status")).isEqualTo("Accepted");
        assertThat(api.get(localList(id)).body().path("held").findValuesAsText("idToken")).containsExactly(kept);
    }

    @Test
    void TC_D_04_CSMS_aFullUpdateWithAnEmptyListSendsNoEntries() {
        String id = stations.registeredStation();
        ScriptedStation station = stationTakingLists(id);

        api.put(localList(id), Map.of("tokens", List.of()));
        var sync = api.post(localList(id) + "/sync", Map.of("full", true));

        station.awaitCall("GetVariables");
        JsonNode sent = station.awaitCall("SendLocalList");
        assertThat(sent.path("updateType").asText()).isEqualTo("Full");
        assertThat(sent.has("localAuthorizationList")).isFalse();
        assertThat(sync.text("status")).isEqualTo("Accepted");
    }

    @Test
    void TC_D_09_CSMS_getLocalListVersionWithNoListOnTheStation() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetLocalListVersion", Map.of("versionNumber", 0));

        var version = api.get(localList(id) + "/version");

        assertThat(station.awaitCall("GetLocalListVersion").isEmpty()).isTrue();
        assertThat(version.status()).as(version.toString()).isEqualTo(200);
        assertThat(version.body().path("stationVersion").asInt()).isZero();
        assertThat(version.body().path("inSync").asBoolean()).isTrue();
    }

    // H: reservations

    private ApiClient.Reply reserve(String id, int connectorId, String idToken, String parent, Instant expiresAt) {
        Map<String, Object> body = new HashMap<>(Map.of("connectorId", connectorId, "idToken", idToken,
                "expiresAt", expiresAt.toString()));
        if (parent != null) {
            body.put("parentIdTag", parent);
        }
        return api.post("/api/v1/stations/" + id + "/reservations", body);
    }

    private static Instant inHalfAnHour() {
        return Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void TC_H_01_CSMS_aReservedEvseIsUsedByTheTransactionThatNamesIt() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));
        Instant expiry = inHalfAnHour();

        var made = reserve(id, 1, card, null, expiry);
        JsonNode asked = station.awaitCall("ReserveNow");
        int reservation = made.body().path("id").asInt();
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Reserved"));
        var started = station.call("TransactionEvent", Ocpp201CsmsConformanceIT.transactionEvent("Started", 0,
                "Authorized", "TX-" + id, Instant.now(), Map.of("evse", Map.of("id", 1, "connectorId", 1),
                        "reservationId", reservation, "idToken", Map.of("idToken", card, "type", "ISO14443"))));

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.text("status")).isEqualTo("Active");
        assertThat(asked.path("id").asInt()).isEqualTo(reservation);
        assertThat(asked.path("evseId").asInt()).isEqualTo(1);
        assertThat(asked.path("idToken").path("idToken").asText()).isEqualTo(card);
        assertThat(asked.path("idToken").path("type").asText()).isEqualTo("ISO14443");
        assertThat(Instant.parse(asked.path("expiryDateTime").asText())).isEqualTo(expiry);
        assertThat(started.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        var used = api.get("/api/v1/reservations/" + reservation).body();
        assertThat(used.path("status").asText()).isEqualTo("Used");
        long transaction = api.get("/api/v1/transactions?stationId=" + id).body().path("items").get(0).path("id")
                .asLong();
        assertThat(used.path("transactionId").asLong()).isEqualTo(transaction);
        assertThat(api.get("/api/v1/transactions/" + transaction).body().path("reservationId").asInt())
                .isEqualTo(reservation);
    }

    /** H03: the cable first (no token, no reservation yet), then the reserved driver: that event names the reservation. */
    @Test
    void H03_aTransactionStartedByPlugInUsesTheReservationItNamesOnceTheDriverIsAuthorized() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));
        int reservation = reserve(id, 1, card, null, inHalfAnHour()).body().path("id").asInt();
        station.awaitCall("ReserveNow");
        String txId = "TX-" + id;
        var plugged = station.call("TransactionEvent", Ocpp201CsmsConformanceIT.transactionEvent("Started", 0,
                "CablePluggedIn", txId, Instant.now(), Map.of("evse", Map.of("id", 1, "connectorId", 1))));
        assertThat(plugged.isError()).as(plugged.toString()).isFalse();
        assertThat(api.get("/api/v1/reservations/" + reservation).text("status")).isEqualTo("Active");

        var authorized = station.call("TransactionEvent", Ocpp201CsmsConformanceIT.transactionEvent("Updated", 1,
                "Authorized", txId, Instant.now(), Map.of("reservationId", reservation,
                        "idToken", Map.of("idToken", card, "type", "ISO14443"))));

        assertThat(authorized.payload().path("idTokenInfo").path("status").asText()).isEqualTo("Accepted");
        var used = api.get("/api/v1/reservations/" + reservation).body();
        assertThat(used.path("status").asText()).isEqualTo("Used");
        long transaction = api.get("/api/v1/transactions?stationId=" + id).body().path("items").get(0).path("id")
                .asLong();
        assertThat(used.path("transactionId").asLong()).isEqualTo(transaction);
        assertThat(api.get("/api/v1/transactions/" + transaction).body().path("reservationId").asInt())
                .isEqualTo(reservation);
    }

    @Test
    void TC_H_07_CSMS_aReservationTheStationReportsExpiredReadsExpired() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));
        int reservation = reserve(id, 1, stations.issuedToken(), null, inHalfAnHour()).body().path("id").asInt();
        station.awaitCall("ReserveNow");

        var update = station.call("ReservationStatusUpdate", Map.of("reservationId", reservation,
                "reservationUpdateStatus", "Expired"));

        assertThat(update.isError()).isFalse();
        assertThat(api.get("/api/v1/reservations/" + reservation).text("status")).isEqualTo("Expired");
    }

    @Test
    void TC_H_08_CSMS_aReservationOfAnyEvseHasNoEvseId() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));

        var made = reserve(id, 0, stations.issuedToken(), null, inHalfAnHour());
        JsonNode asked = station.awaitCall("ReserveNow");

        assertThat(made.text("status")).isEqualTo("Active");
        assertThat(asked.has("evseId")).isFalse();
    }

    /** As many reservations of any EVSE as the station has EVSEs: the station holds them all and says so. */
    @Test
    void TC_H_14_CSMS_reservationsOfAnyEvseNameNeitherEvseNorTypeAndTheStationsReservedEvsesAreShown() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Available"));
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(2, 1, "Available"));
        station.answer("ReserveNow", Map.of("status", "Accepted"));

        List<JsonNode> asked = new java.util.ArrayList<>();
        List<Integer> made = new java.util.ArrayList<>();
        for (int evse = 1; evse <= 2; evse++) {
            made.add(reserve(id, 0, card, null, inHalfAnHour()).body().path("id").asInt());
            asked.add(station.awaitCall("ReserveNow"));
        }
        for (int evse = 1; evse <= 2; evse++) {
            var status = station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(evse, 1, "Reserved"));
            var event = station.call("NotifyEvent", Map.of("generatedAt", Instant.now().toString(), "seqNo", 0,
                    "eventData", List.of(Map.of("eventId", evse, "timestamp", Instant.now().toString(),
                            "trigger", "Delta", "actualValue", "Reserved", "eventNotificationType", "CustomMonitor",
                            "component", Map.of("name", "Connector", "evse", Map.of("id", evse, "connectorId", 1)),
                            "variable", Map.of("name", "AvailabilityState")))));
            assertThat(status.isError()).as(status.toString()).isFalse();
            assertThat(event.isError()).as(event.toString()).isFalse();
        }

        for (JsonNode request : asked) {
            assertThat(request.has("evseId")).isFalse();
            assertThat(request.has("connectorType")).isFalse();
            assertThat(request.path("idToken").path("idToken").asText()).isEqualTo(card);
            assertThat(request.path("idToken").path("type").asText()).isEqualTo("ISO14443");
        }
        assertThat(made).doesNotHaveDuplicates();
        for (int reservation : made) {
            assertThat(api.get("/api/v1/reservations/" + reservation).text("status")).isEqualTo("Active");
        }
        JsonNode shown = api.get("/api/v1/stations/" + id).body();
        assertThat(shown.path("connectors").findValuesAsText("status")).containsExactly("Reserved", "Reserved");
    }

    @Test
    void TC_H_15_CSMS_aReservationOfAConnectorTypeNamesTheTypeAndNoEvse() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));

        var made = api.post("/api/v1/stations/" + id + "/reservations", Map.of("connectorId", 0,
                "connectorType", "cType2", "idToken", card, "expiresAt", inHalfAnHour().toString()));
        JsonNode asked = station.awaitCall("ReserveNow");
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Reserved"));

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.text("status")).isEqualTo("Active");
        assertThat(made.text("connectorType")).isEqualTo("cType2");
        assertThat(asked.has("evseId")).isFalse();
        assertThat(asked.path("connectorType").asText()).isEqualTo("cType2");
        assertThat(asked.path("idToken").path("idToken").asText()).isEqualTo(card);
        assertThat(asked.path("idToken").path("type").asText()).isEqualTo("ISO14443");
        assertThat(api.get("/api/v1/reservations/" + made.body().path("id").asInt()).text("connectorType"))
                .isEqualTo("cType2");
    }

    /** A type OCPP 2.0.1 does not name is refused before anything is sent; a 1.6 station cannot reserve by type. */
    @Test
    void H01_anUnknownConnectorTypeOrOneAsked16StationIsRefusedAndNothingIsKept() {
        String id = stations.registeredStation();
        bootedStation(id);
        String old = stations.registeredStation();
        stations.bootedStation(old);
        String card = stations.issuedToken();

        var unknown = api.post("/api/v1/stations/" + id + "/reservations", Map.of("connectorId", 0,
                "connectorType", "Type2", "idToken", card, "expiresAt", inHalfAnHour().toString()));
        var of16 = api.post("/api/v1/stations/" + old + "/reservations", Map.of("connectorId", 0,
                "connectorType", "cType2", "idToken", card, "expiresAt", inHalfAnHour().toString()));

        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.body().toString()).contains("connectorType");
        assertThat(of16.status()).as(of16.toString()).isEqualTo(400);
        assertThat(of16.body().path("type").asText()).endsWith("unsupported-action");
        assertThat(api.get("/api/v1/stations/" + id + "/reservations").body().path("total").asInt()).isZero();
        assertThat(api.get("/api/v1/stations/" + old + "/reservations").body().path("total").asInt()).isZero();
    }

    @Test
    void TC_H_17_CSMS_aCancelledReservationIsCancelReservationAndReadsCancelled() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));
        station.answer("CancelReservation", Map.of("status", "Accepted"));
        int reservation = reserve(id, 1, stations.issuedToken(), null, inHalfAnHour()).body().path("id").asInt();

        var cancelled = api.delete("/api/v1/reservations/" + reservation);

        station.awaitCall("ReserveNow");
        assertThat(station.awaitCall("CancelReservation").path("reservationId").asInt()).isEqualTo(reservation);
        assertThat(cancelled.text("status")).isEqualTo("Accepted");
        assertThat(cancelled.body().path("reservation").path("status").asText()).isEqualTo("Cancelled");
    }

    @Test
    void TC_H_19_CSMS_aReservationForAGroupIsUsedByAnotherTokenOfTheGroup() {
        String id = stations.registeredStation();
        String reservedFor = stations.issuedToken("Accepted", "V201OPS-GROUP");
        String colleague = stations.issuedToken("Accepted", "V201OPS-GROUP");
        ScriptedStation station = bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));

        int reservation = reserve(id, 1, reservedFor, "V201OPS-GROUP", inHalfAnHour()).body().path("id").asInt();
        JsonNode asked = station.awaitCall("ReserveNow");
        station.call("TransactionEvent", Ocpp201CsmsConformanceIT.transactionEvent("Started", 0, "Authorized",
                "TX-" + id, Instant.now(), Map.of("evse", Map.of("id", 1, "connectorId", 1),
                        "reservationId", reservation, "idToken", Map.of("idToken", colleague, "type", "ISO14443"))));

        assertThat(asked.path("groupIdToken").path("idToken").asText()).isEqualTo("V201OPS-GROUP");
        assertThat(api.get("/api/v1/reservations/" + reservation).text("status")).isEqualTo("Used");
    }

    @Test
    void TC_H_20_CSMS_aReservationTheStationRemovesWhenFaultedReadsCancelled() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Accepted"));
        int reservation = reserve(id, 1, stations.issuedToken(), null, inHalfAnHour()).body().path("id").asInt();
        station.awaitCall("ReserveNow");

        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Faulted"));
        var update = station.call("ReservationStatusUpdate", Map.of("reservationId", reservation,
                "reservationUpdateStatus", "Removed"));

        assertThat(update.isError()).isFalse();
        assertThat(api.get("/api/v1/reservations/" + reservation).text("status")).isEqualTo("Cancelled");
    }

    @Test
    void TC_H_22_CSMS_aRefusedReservationIsKeptAsRejectedWithTheStationsAnswer() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("ReserveNow", Map.of("status", "Rejected"));

        var made = reserve(id, 1, stations.issuedToken(), null, inHalfAnHour());

        station.awaitCall("ReserveNow");
        assertThat(made.text("status")).isEqualTo("Rejected");
        assertThat(made.text("stationAnswer")).isEqualTo("Rejected");
    }

    // L: firmware

    @Test
    void TC_L_01_CSMS_aSecureFirmwareUpdateIsFollowedToInstalled() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("UpdateFirmware", Map.of("status", "Accepted"));

        var update = api.post("/api/v1/stations/" + id + "/commands/signed-update-firmware", Map.of(
                "requestId", 12, "location", "https://firmware.example/4.2.bin",
                "retrieveDateTime", "2026-11-21T11:00:00Z", "signingCertificate", "-----BEGIN CERTIFICATE-----",
                "signature", "c2lnbg=="));
        JsonNode asked = station.awaitCall("UpdateFirmware");
        for (String status : List.of("Downloading", "Downloaded", "SignatureVerified", "Installing", "Installed")) {
            assertThat(station.call("FirmwareStatusNotification", Map.of("status", status, "requestId", 12))
                    .isError()).isFalse();
        }

        assertThat(update.status()).as(update.toString()).isEqualTo(200);
        assertThat(update.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("requestId").asInt()).isEqualTo(12);
        assertThat(asked.path("firmware").path("location").asText()).isEqualTo("https://firmware.example/4.2.bin");
        assertThat(asked.path("firmware").path("signature").asText()).isEqualTo("c2lnbg==");
        JsonNode reports = api.get("/api/v1/stations/" + id + "/signed-firmware-status-reports").body();
        assertThat(reports.path("items").findValuesAsText("status")).containsExactlyInAnyOrder("Downloading",
                "Downloaded", "SignatureVerified", "Installing", "Installed");
        assertThat(reports.path("items").findValuesAsText("requestId")).containsOnly("12");
        assertThat(api.get("/api/v1/stations/" + id + "/firmware-status").body().path("items")
                .findValuesAsText("status")).first().isEqualTo("Installed");
    }

    @Test
    void TC_L_07_CSMS_aFirmwareUpdateOfALocationIsUpdateFirmwareWithoutSignatureAndItsFailureIsInTheHistory() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("UpdateFirmware", Map.of("status", "Accepted"));

        var update = api.post("/api/v1/stations/" + id + "/commands/update-firmware",
                Map.of("location", "http://firmware.example/unreachable.bin"));
        JsonNode asked = station.awaitCall("UpdateFirmware");
        int requestId = asked.path("requestId").asInt();
        station.call("FirmwareStatusNotification", Map.of("status", "Downloading", "requestId", requestId));
        station.call("FirmwareStatusNotification", Map.of("status", "DownloadFailed", "requestId", requestId));

        assertThat(update.status()).as(update.toString()).isEqualTo(200);
        assertThat(asked.path("firmware").path("location").asText()).isEqualTo("http://firmware.example/unreachable.bin");
        assertThat(asked.path("firmware").has("signature")).isFalse();
        assertThat(requestId).isPositive();
        assertThat(api.get("/api/v1/stations/" + id + "/firmware-status").body().path("items")
                .findValuesAsText("status")).containsExactly("DownloadFailed", "Downloading", "Requested");
    }

    @Test
    void TC_L_02_CSMS_anUpdateInstalledLaterIsScheduledAndFollowedToInstalled() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("UpdateFirmware", Map.of("status", "Accepted"));
        Instant installAt = inHalfAnHour();

        var update = api.post("/api/v1/stations/" + id + "/commands/signed-update-firmware", Map.of(
                "requestId", 20, "location", "https://firmware.example/5.0.bin",
                "retrieveDateTime", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                "installDateTime", installAt.toString(), "signingCertificate", SIGNING_CERTIFICATE,
                "signature", "c2lnbg=="));
        JsonNode asked = station.awaitCall("UpdateFirmware");
        report(station, 20, "Downloading", "Downloaded", "SignatureVerified", "InstallScheduled", "Installing",
                "InstallRebooting");
        var rebooted = station.call("BootNotification", rebootedWith("5.0.0", id));
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Available"));
        report(station, 20, "Installed");

        assertThat(update.text("status")).isEqualTo("Accepted");
        assertThat(Instant.parse(asked.path("firmware").path("installDateTime").asText())).isEqualTo(installAt)
                .isAfter(Instant.now());
        assertThat(rebooted.text("status")).isEqualTo("Accepted");
        assertThat(signedReports(id)).containsExactly("Installed", "InstallRebooting", "Installing",
                "InstallScheduled", "SignatureVerified", "Downloaded", "Downloading");
        assertThat(firmwareHistory(id)).first().isEqualTo("Installed");
    }

    @Test
    void TC_L_03_CSMS_anUpdateRetrievedLaterIsScheduledAndTheRebootedStationRunsTheNewFirmware() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("UpdateFirmware", Map.of("status", "Accepted"));
        Instant later = inHalfAnHour();

        var update = signedUpdate(id, 30, later);
        JsonNode asked = station.awaitCall("UpdateFirmware");
        report(station, 30, "DownloadScheduled", "Downloading", "Downloaded", "SignatureVerified", "Installing",
                "InstallRebooting");
        var rebooted = station.call("BootNotification", rebootedWith("5.0.1", id));
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Available"));
        report(station, 30, "Installed");

        assertThat(update.text("status")).isEqualTo("Accepted");
        assertThat(Instant.parse(asked.path("firmware").path("retrieveDateTime").asText())).isEqualTo(later)
                .isAfter(Instant.now());
        assertThat(asked.path("firmware").path("signingCertificate").asText()).isEqualTo(SIGNING_CERTIFICATE);
        assertThat(rebooted.text("status")).isEqualTo("Accepted");
        assertThat(signedReports(id)).containsExactly("Installed", "InstallRebooting", "Installing",
                "SignatureVerified", "Downloaded", "Downloading", "DownloadScheduled");
        assertThat(firmwareHistory(id)).first().isEqualTo("Installed");
        assertThat(api.get("/api/v1/stations/" + id).body().path("boot").path("firmwareVersion").asText())
                .isEqualTo("5.0.1");
    }

    @Test
    void TC_L_04_CSMS_anUpdateWhoseSigningCertificateIsRevokedAnswersRevokedCertificate() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("UpdateFirmware", Map.of("status", "RevokedCertificate"));

        var update = signedUpdate(id, 40, Instant.now().truncatedTo(ChronoUnit.SECONDS));

        assertThat(station.awaitCall("UpdateFirmware").path("firmware").path("signingCertificate").asText())
                .isEqualTo(SIGNING_CERTIFICATE);
        assertThat(update.status()).as(update.toString()).isEqualTo(200);
        assertThat(update.text("status")).isEqualTo("RevokedCertificate");
        assertThat(firmwareHistory(id)).isEmpty();
    }

    @Test
    void TC_L_05_CSMS_anInvalidSigningCertificateIsAnsweredSoAndTheStationsSecurityEventKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("UpdateFirmware", Map.of("status", "InvalidCertificate"));

        var update = signedUpdate(id, 50, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        station.awaitCall("UpdateFirmware");
        var event = station.call("SecurityEventNotification", Map.of("type", "InvalidFirmwareSigningCertificate",
                "timestamp", Instant.now().toString()));

        assertThat(update.text("status")).isEqualTo("InvalidCertificate");
        assertThat(event.isError()).isFalse();
        assertThat(securityEvents(id)).containsExactly("InvalidFirmwareSigningCertificate");
    }

    @Test
    void TC_L_06_CSMS_aFirmwareWithAnInvalidSignatureIsReportedSoAndTheSecurityEventKept() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("UpdateFirmware", Map.of("status", "Accepted"));

        signedUpdate(id, 60, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        station.awaitCall("UpdateFirmware");
        report(station, 60, "Downloading", "Downloaded", "InvalidSignature");
        var event = station.call("SecurityEventNotification", Map.of("type", "InvalidFirmwareSignature",
                "timestamp", Instant.now().toString()));

        assertThat(event.isError()).isFalse();
        assertThat(signedReports(id)).containsExactly("InvalidSignature", "Downloaded", "Downloading");
        assertThat(securityEvents(id)).containsExactly("InvalidFirmwareSignature");
    }

    @Test
    void TC_L_08_CSMS_aFirmwareWhoseInstallationFailsVerificationIsReportedSo() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("UpdateFirmware", Map.of("status", "Accepted"));

        signedUpdate(id, 80, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        station.awaitCall("UpdateFirmware");
        report(station, 80, "Downloading", "Downloaded", "SignatureVerified", "Installing",
                "InstallVerificationFailed");

        assertThat(signedReports(id)).first().isEqualTo("InstallVerificationFailed");
        assertThat(firmwareHistory(id)).containsExactly("Installing", "Downloaded", "Downloading");
    }

    @Test
    void TC_L_09_CSMS_anInstallationThatFailsAfterTheRebootIsTheStationsLastFirmwareStatus() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("UpdateFirmware", Map.of("status", "Accepted"));

        signedUpdate(id, 90, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        station.awaitCall("UpdateFirmware");
        report(station, 90, "Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting");
        var rebooted = station.call("BootNotification", rebootedWith("2.0.7", id));
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Available"));
        report(station, 90, "InstallationFailed");

        assertThat(rebooted.text("status")).isEqualTo("Accepted");
        assertThat(signedReports(id)).first().isEqualTo("InstallationFailed");
        assertThat(firmwareHistory(id)).first().isEqualTo("InstallationFailed");
    }

    @Test
    void TC_L_10_CSMS_aSecondUpdateCancelsTheFirstAndItsOwnProgressIsFollowedToInstalled() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("UpdateFirmware", Map.of("status", "Accepted"));
        signedUpdate(id, 101, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        station.awaitCall("UpdateFirmware");
        report(station, 101, "Downloading");
        station.answer("UpdateFirmware", Map.of("status", "AcceptedCanceled"));

        var second = signedUpdate(id, 102, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        assertThat(station.awaitCall("UpdateFirmware").path("requestId").asInt()).isEqualTo(102);
        report(station, 102, "Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting");
        var rebooted = station.call("BootNotification", rebootedWith("5.1.0", id));
        report(station, 102, "Installed");

        assertThat(second.text("status")).isEqualTo("AcceptedCanceled");
        assertThat(rebooted.text("status")).isEqualTo("Accepted");
        JsonNode reports = api.get("/api/v1/stations/" + id + "/signed-firmware-status-reports").body().path("items");
        assertThat(reports.get(0).path("status").asText()).isEqualTo("Installed");
        assertThat(reports.get(0).path("requestId").asInt()).isEqualTo(102);
        assertThat(reports.findValuesAsText("requestId")).containsOnlyOnce("101");
    }

    /** Also the plain update endpoint on a 2.0.1 station: a refused update is its answer, never Requested. */
    @Test
    void TC_L_11_CSMS_aSecondUpdateTheStationCannotTakeIsRejectedAndTheFirstGoesOn() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("UpdateFirmware", Map.of("status", "Accepted"));
        var first = api.post("/api/v1/stations/" + id + "/commands/update-firmware",
                Map.of("location", "https://firmware.example/5.0.bin"));
        int firstRequest = station.awaitCall("UpdateFirmware").path("requestId").asInt();
        report(station, firstRequest, "Downloading");
        station.answer("UpdateFirmware", Map.of("status", "Rejected"));

        var second = api.post("/api/v1/stations/" + id + "/commands/update-firmware",
                Map.of("location", "https://firmware.example/5.1.bin"));
        int secondRequest = station.awaitCall("UpdateFirmware").path("requestId").asInt();
        report(station, firstRequest, "Downloaded", "SignatureVerified", "Installing", "InstallRebooting");
        var rebooted = station.call("BootNotification", rebootedWith("5.0.0", id));
        report(station, firstRequest, "Installed");

        assertThat(first.text("status")).isEqualTo("Accepted");
        assertThat(first.body().path("requestId").asInt()).isEqualTo(firstRequest);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.text("status")).isEqualTo("Rejected");
        assertThat(second.body().path("requestId").asInt()).isEqualTo(secondRequest);
        assertThat(rebooted.text("status")).isEqualTo("Accepted");
        JsonNode history = api.get("/api/v1/stations/" + id + "/firmware-status").body().path("items");
        assertThat(history.findValuesAsText("status")).containsExactly("Installed", "Installing", "Downloaded",
                "Downloading", "Requested");
        assertThat(history.findValuesAsText("detail")).contains("https://firmware.example/5.0.bin")
                .doesNotContain("https://firmware.example/5.1.bin");
        JsonNode reports = api.get("/api/v1/stations/" + id + "/signed-firmware-status-reports").body().path("items");
        assertThat(reports).anySatisfy(entry -> {
            assertThat(entry.path("status").asText()).isEqualTo("Rejected");
            assertThat(entry.path("requestId").asInt()).isEqualTo(secondRequest);
        });
    }

    @Test
    void TC_L_13_CSMS_anUpdateDuringATransactionWaitsForItsEndAndIsThenInstalled() {
        String id = stations.registeredStation();
        String card = stations.issuedToken();
        ScriptedStation station = bootedStation(id);
        String tx = "TX-" + id;
        charging(station, tx, 1, card);
        station.answer("UpdateFirmware", Map.of("status", "Accepted"));

        var update = signedUpdate(id, 130, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        JsonNode asked = station.awaitCall("UpdateFirmware");
        report(station, 130, "DownloadScheduled");
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Unavailable"));
        var stop = station.call("TransactionEvent", txEvent("Updated", 2, "StopAuthorized", tx, 1,
                Map.of("chargingState", "EVConnected"), card));
        station.call("TransactionEvent", txEvent("Ended", 3, "EVCommunicationLost", tx, 1,
                Map.of("chargingState", "Idle", "stoppedReason", "EVDisconnected"), null));
        report(station, 130, "Downloading", "Downloaded", "SignatureVerified", "Installing", "InstallRebooting");
        var rebooted = station.call("BootNotification", rebootedWith("5.0.2", id));
        station.call("StatusNotification", Ocpp201CsmsConformanceIT.status(1, 1, "Available"));
        report(station, 130, "Installed");

        assertThat(update.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("firmware").path("signingCertificate").asText()).isEqualTo(SIGNING_CERTIFICATE);
        assertThat(verdict(stop)).isEqualTo("Accepted");
        assertThat(transactionOf(id, tx).path("stopReason").asText()).isEqualTo("EVDisconnected");
        assertThat(rebooted.text("status")).isEqualTo("Accepted");
        assertThat(signedReports(id)).first().isEqualTo("Installed");
        assertThat(signedReports(id)).last().isEqualTo("DownloadScheduled");
    }

    private static final String SIGNING_CERTIFICATE = "-----BEGIN CERTIFICATE-----\nMIIB-firmware-signer\n"
            + "-----END CERTIFICATE-----";

    /** The operator's secure firmware update (L01) through the typed endpoint. */
    private ApiClient.Reply signedUpdate(String id, int requestId, Instant retrieveAt) {
        var reply = api.post("/api/v1/stations/" + id + "/commands/signed-update-firmware", Map.of(
                "requestId", requestId, "location", "https://firmware.example/5.0.bin",
                "retrieveDateTime", retrieveAt.toString(), "signingCertificate", SIGNING_CERTIFICATE,
                "signature", "c2lnbg=="));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    /** The station's FirmwareStatusNotifications for {@code requestId}, each of them answered. */
    private static void report(ScriptedStation station, int requestId, String... statuses) {
        for (String status : statuses) {
            assertThat(station.call("FirmwareStatusNotification", Map.of("status", status, "requestId", requestId))
                    .isError()).as(status).isFalse();
        }
    }

    /** The BootNotification a station sends when it comes back with new firmware (L01.FR.15). */
    private static Map<String, Object> rebootedWith(String firmwareVersion, String id) {
        return Map.of("reason", "FirmwareUpdate", "chargingStation", Map.of("vendorName", "Acme",
                "model", "Wallbox 9", "serialNumber", "SN-" + id, "firmwareVersion", firmwareVersion));
    }

    /** The station's signed firmware reports, newest first. */
    private List<String> signedReports(String id) {
        return api.get("/api/v1/stations/" + id + "/signed-firmware-status-reports").body().path("items")
                .findValuesAsText("status");
    }

    /** The station's firmware history, newest first. */
    private List<String> firmwareHistory(String id) {
        return api.get("/api/v1/stations/" + id + "/firmware-status").body().path("items").findValuesAsText("status");
    }

    private List<String> securityEvents(String id) {
        return api.get("/api/v1/stations/" + id + "/security-events").body().path("items").findValuesAsText("type");
    }

    // L03, L04: publishing firmware through a station acting as local controller (generic OCPP endpoint)

    @Test
    void TC_L_17_CSMS_firmwarePublishedByALocalControllerIsJournaledWithItsLocalLocation() {
        String id = stations.registeredStation();
        ScriptedStation station = publishing(id, 170);
        String local = "https://" + id.toLowerCase(Locale.ROOT) + ".local/firmware/5.0.bin";

        publishReport(station, 170, "Downloading", "Downloaded", "ChecksumVerified");
        var published = station.call("PublishFirmwareStatusNotification", Map.of("status", "Published",
                "location", List.of(local), "requestId", 170));

        assertThat(published.isError()).isFalse();
        assertThat(publishJournal(id, "Published")).contains(local).contains("ChecksumVerified");
    }

    @Test
    void TC_L_19_CSMS_aPublishingWhoseChecksumIsInvalidIsAcknowledgedAndJournaled() {
        String id = stations.registeredStation();
        ScriptedStation station = publishing(id, 190);

        publishReport(station, 190, "Downloading", "Downloaded", "InvalidChecksum");

        assertThat(publishJournal(id, "InvalidChecksum")).contains("Downloading").contains("Downloaded");
    }

    @Test
    void TC_L_20_CSMS_aPublishingThatFailsIsAcknowledgedAndJournaled() {
        String id = stations.registeredStation();
        ScriptedStation station = publishing(id, 200);

        publishReport(station, 200, "Downloading", "Downloaded", "ChecksumVerified", "PublishFailed");

        assertThat(publishJournal(id, "PublishFailed")).contains("ChecksumVerified").contains("Downloading");
    }

    @Test
    void TC_L_21_CSMS_unpublishingNamesTheChecksumAndTheStationsUnpublishedComesBack() {
        assertThatUnpublishingAnswers("Unpublished");
    }

    @Test
    void TC_L_22_CSMS_unpublishingFirmwareTheStationDoesNotHaveAnswersNoFirmware() {
        assertThatUnpublishingAnswers("NoFirmware");
    }

    @Test
    void TC_L_23_CSMS_unpublishingWhileTheDownloadRunsAnswersDownloadOngoing() {
        assertThatUnpublishingAnswers("DownloadOngoing");
    }

    @Test
    void TC_L_24_CSMS_aPublishingWhoseDownloadFailsIsAcknowledgedAndJournaled() {
        String id = stations.registeredStation();
        ScriptedStation station = publishing(id, 240);

        publishReport(station, 240, "Downloading", "DownloadFailed");

        assertThat(publishJournal(id, "DownloadFailed")).contains("Downloading").doesNotContain("Downloaded");
    }

    private static final String CHECKSUM = "9e107d9d372bb6826bd81d3542a419d6";

    /** The operator sends PublishFirmware through the generic endpoint; the local controller accepts it. */
    private ScriptedStation publishing(String id, int requestId) {
        ScriptedStation station = bootedStation(id);
        station.answer("PublishFirmware", Map.of("status", "Accepted"));
        var reply = api.post("/api/v1/stations/" + id + "/ocpp/PublishFirmware", Map.of(
                "location", "https://firmware.example/5.0.bin", "checksum", CHECKSUM, "requestId", requestId));
        JsonNode asked = station.awaitCall("PublishFirmware");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo("Accepted");
        assertThat(asked.path("checksum").asText()).isEqualTo(CHECKSUM);
        assertThat(asked.path("requestId").asInt()).isEqualTo(requestId);
        return station;
    }

    private static void publishReport(ScriptedStation station, int requestId, String... statuses) {
        for (String status : statuses) {
            assertThat(station.call("PublishFirmwareStatusNotification", Map.of("status", status,
                    "requestId", requestId)).isError()).as(status).isFalse();
        }
    }

    /** The journal's PublishFirmwareStatusNotification frames, once the last one, {@code last}, is written. */
    private String publishJournal(String id, String last) {
        String[] journal = new String[1];
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            journal[0] = api.get("/api/v1/stations/" + id + "/journal?action=PublishFirmwareStatusNotification")
                    .body().toString();
            assertThat(journal[0]).contains(last);
        });
        return journal[0];
    }

    private void assertThatUnpublishingAnswers(String answer) {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("UnpublishFirmware", Map.of("status", answer));

        var reply = api.post("/api/v1/stations/" + id + "/ocpp/UnpublishFirmware", Map.of("checksum", CHECKSUM));

        assertThat(station.awaitCall("UnpublishFirmware").path("checksum").asText()).isEqualTo(CHECKSUM);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.text("status")).isEqualTo(answer);
    }

    // N01: logs

    @Test
    void TC_N_25_CSMS_aDiagnosticsLogIsGetLogAndItsUploadIsReported() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetLog", Map.of("status", "Accepted", "filename", "diagnostics.log"));

        var requested = api.post("/api/v1/stations/" + id + "/commands/get-log", Map.of("logType", "DiagnosticsLog",
                "requestId", 7, "remoteLocation", "https://csms.example.com/logs"));
        JsonNode asked = station.awaitCall("GetLog");
        station.call("LogStatusNotification", Map.of("status", "Uploading", "requestId", 7));
        station.call("LogStatusNotification", Map.of("status", "Uploaded", "requestId", 7));

        assertThat(requested.text("status")).isEqualTo("Accepted");
        assertThat(requested.text("filename")).isEqualTo("diagnostics.log");
        assertThat(asked.path("logType").asText()).isEqualTo("DiagnosticsLog");
        assertThat(asked.path("log").path("remoteLocation").asText()).isEqualTo("https://csms.example.com/logs");
        JsonNode reports = api.get("/api/v1/stations/" + id + "/log-status-reports").body();
        assertThat(reports.path("items").findValuesAsText("status")).containsExactlyInAnyOrder("Uploading",
                "Uploaded");
    }

    @Test
    void TC_N_34_CSMS_aRefusedLogRequestAnswersRejected() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetLog", Map.of("status", "Rejected"));

        var requested = api.post("/api/v1/stations/" + id + "/commands/get-log", Map.of("logType", "SecurityLog",
                "requestId", 8, "remoteLocation", "https://csms.example.com/logs"));

        assertThat(station.awaitCall("GetLog").path("logType").asText()).isEqualTo("SecurityLog");
        assertThat(requested.status()).isEqualTo(200);
        assertThat(requested.text("status")).isEqualTo("Rejected");
    }

    @Test
    void N01_getDiagnosticsOfA201StationIsGetLogToThePlatformsUploadUrl() {
        String id = stations.registeredStation();
        ScriptedStation station = bootedStation(id);
        station.answer("GetLog", Map.of("status", "Accepted", "filename", "diag-" + id + ".tgz"));

        var requested = api.post("/api/v1/stations/" + id + "/commands/get-diagnostics", Map.of());
        JsonNode asked = station.awaitCall("GetLog");
        station.call("LogStatusNotification", Map.of("status", "Uploading", "requestId", asked.path("requestId")));

        assertThat(requested.status()).as(requested.toString()).isEqualTo(200);
        assertThat(requested.text("announcedFileName")).isEqualTo("diag-" + id + ".tgz");
        assertThat(asked.path("logType").asText()).isEqualTo("DiagnosticsLog");
        assertThat(asked.path("log").path("remoteLocation").asText()).startsWith("http://");
        assertThat(api.get("/api/v1/stations/" + id + "/diagnostics-status").body().path("items")
                .findValuesAsText("status")).containsExactly("Uploading", "Requested");
    }
}
