package io.gridcharge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.v201.authorization.AuthorizeResponse;
import io.gridcharge.ocpp.v201.availability.HeartbeatResponse;
import io.gridcharge.ocpp.v201.availability.StatusNotificationResponse;
import io.gridcharge.ocpp.v201.metervalues.MeterValuesResponse;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationResponse;
import io.gridcharge.ocpp.v201.provisioning.RegistrationStatusEnumType;
import io.gridcharge.ocpp.v201.transactions.TransactionEventResponse;
import io.gridcharge.ocpp.v201.types.AuthorizationStatusEnumType;
import io.gridcharge.ocpp.v201.types.IdTokenInfoType;
import java.time.Instant;
import java.util.Map;

/**
 * OCPP 2.0.1: one EVSE with one connector; the card is an RFID card (ISO14443); a transaction is Authorize and
 * TransactionEvent Started (trigger Authorized), Updated (MeterValuePeriodic) and Ended (StopAuthorized,
 * reason Local), seqNo 0, 1, 2, the energy register in Wh (the default unit, Part 2 §2.47) on each.
 */
final class Ocpp201StationFrames implements StationFrames {
    private static final String EVSE = "{\"id\":1,\"connectorId\":1}";

    @Override
    public OcppVersion version() {
        return OcppVersion.V201;
    }

    @Override
    public String boot(String messageId, String stationId) {
        return MixFrames.call(messageId, "BootNotification", "{\"chargingStation\":{\"model\":\"Bench\",\"vendorName\":\"GridCharge\","
                + "\"serialNumber\":\"" + stationId + "\",\"firmwareVersion\":\"bench-1\"},\"reason\":\"PowerUp\"}");
    }

    @Override
    public String available(String messageId, Instant at) {
        return MixFrames.call(messageId, "StatusNotification", "{\"timestamp\":\"" + MixFrames.timestamp(at)
                + "\",\"connectorStatus\":\"Available\",\"evseId\":1,\"connectorId\":1}");
    }

    @Override
    public String heartbeat(String messageId) {
        return MixFrames.heartbeat(messageId);
    }

    @Override
    public String energyReading(String messageId, long wh, Instant at) {
        return MixFrames.call(messageId, "MeterValues", "{\"evseId\":1,\"meterValue\":[" + meterValue(wh, at) + "]}");
    }

    @Override
    public String authorize(String messageId, String idTag) {
        return MixFrames.call(messageId, "Authorize", "{\"idToken\":" + idToken(idTag) + "}");
    }

    @Override
    public String start(String messageId, String idTag, String transactionId, long wh, Instant at) {
        return transactionEvent(messageId, "Started", "Authorized", 0, transactionId, "Charging", null, idTag, wh, at);
    }

    @Override
    public String startedName() {
        return "TransactionEvent";
    }

    @Override
    public String startedTransactionId(JsonNode answer, String proposed) {
        return proposed;
    }

    @Override
    public String reading(String messageId, String transactionId, long wh, Instant at) {
        return transactionEvent(messageId, "Updated", "MeterValuePeriodic", 1, transactionId, "Charging", null, null,
                wh, at);
    }

    @Override
    public String readingName() {
        return "TransactionEvent";
    }

    @Override
    public String stop(String messageId, String idTag, String transactionId, long wh, Instant at) {
        return transactionEvent(messageId, "Ended", "StopAuthorized", 2, transactionId, "EVConnected", "Local", idTag,
                wh, at);
    }

    @Override
    public String stopName() {
        return "TransactionEvent";
    }

    @Override
    public boolean tokenAccepted(JsonNode answer) {
        return "Accepted".equals(answer.path("idTokenInfo").path("status").asText());
    }

    @Override
    public Map<String, ObjectNode> bareAnswers(Instant now) {
        IdTokenInfoType accepted = IdTokenInfoType.of(AuthorizationStatusEnumType.Accepted);
        return Map.of(
                "BootNotification", OcppJson.encode(BootNotificationResponse.of(now, 300,
                        RegistrationStatusEnumType.Accepted)),
                "Heartbeat", OcppJson.encode(HeartbeatResponse.of(now)),
                "StatusNotification", OcppJson.encode(new StatusNotificationResponse(null)),
                "MeterValues", OcppJson.encode(new MeterValuesResponse(null)),
                "Authorize", OcppJson.encode(AuthorizeResponse.of(accepted)),
                // Every TransactionEvent is answered the same: with idTokenInfo, as the ones carrying a token need.
                "TransactionEvent", OcppJson.encode(new TransactionEventResponse(null, null, accepted, null, null)));
    }

    private static String transactionEvent(String messageId, String eventType, String trigger, int seqNo,
                                           String transactionId, String chargingState, String stoppedReason,
                                           String idTag, long wh, Instant at) {
        return MixFrames.call(messageId, "TransactionEvent", "{\"eventType\":\"" + eventType + "\",\"timestamp\":\""
                + MixFrames.timestamp(at) + "\",\"triggerReason\":\"" + trigger + "\",\"seqNo\":" + seqNo
                + ",\"transactionInfo\":{\"transactionId\":\"" + transactionId + "\",\"chargingState\":\""
                + chargingState + "\"" + (stoppedReason == null ? "" : ",\"stoppedReason\":\"" + stoppedReason + "\"")
                + "}" + (idTag == null ? "" : ",\"idToken\":" + idToken(idTag)) + ",\"evse\":" + EVSE
                + ",\"meterValue\":[" + meterValue(wh, at) + "]}");
    }

    private static String idToken(String idTag) {
        return "{\"idToken\":\"" + idTag + "\",\"type\":\"ISO14443\"}";
    }

    private static String meterValue(long wh, Instant at) {
        return "{\"timestamp\":\"" + MixFrames.timestamp(at) + "\",\"sampledValue\":[{\"value\":" + wh
                + ",\"measurand\":\"Energy.Active.Import.Register\"}]}";
    }
}
