package io.gridcharge.app.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The platform's id token types (C), local lists (D), reservations (H), firmware (L) and logs (N01) on an OCPP
 * 2.0.1 station, through the same API endpoints as on a 1.6 one, seen by ocpp-rpc in strict mode speaking
 * ocpp2.0.1 (every call the platform sends is checked against the official 2.0.1 schemas). Test names carry the
 * OCA OCPP 2.0.1 CSMS test case they replay, or the spec requirement where no test case covers it.
 */
class Ocpp201OperationsConformanceIT {
    @RegisterExtension
    static final PlatformFixture PLATFORM = PlatformFixture.onItsOwnDatabase().with(Setting.HEARTBEAT_INTERVAL, "120");

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
