package io.gridcharge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.v16.types.AuthorizationStatus;
import io.gridcharge.ocpp.v16.core.AuthorizeResponse;
import io.gridcharge.ocpp.v16.core.BootNotificationResponse;
import io.gridcharge.ocpp.v16.core.HeartbeatResponse;
import io.gridcharge.ocpp.v16.core.MeterValuesResponse;
import io.gridcharge.ocpp.v16.core.RegistrationStatus;
import io.gridcharge.ocpp.v16.core.StartTransactionResponse;
import io.gridcharge.ocpp.v16.core.StatusNotificationResponse;
import io.gridcharge.ocpp.v16.core.StopTransactionResponse;
import io.gridcharge.ocpp.v16.types.IdTagInfo;
import java.time.Instant;
import java.util.Map;

/** OCPP 1.6J: the mix templates of {@link MixFrames} and the transaction's calls (§4.2, §4.8, §4.10). */
final class Ocpp16StationFrames implements StationFrames {
    @Override
    public OcppVersion version() {
        return OcppVersion.V16;
    }

    @Override
    public String boot(String messageId, String stationId) {
        return MixFrames.call(messageId, "BootNotification", "{\"chargePointVendor\":\"GridCharge\",\"chargePointModel\":\"Bench\","
                + "\"chargePointSerialNumber\":\"" + stationId + "\",\"firmwareVersion\":\"bench-1\"}");
    }

    @Override
    public String available(String messageId, Instant at) {
        return MixFrames.available(messageId, at);
    }

    @Override
    public String heartbeat(String messageId) {
        return MixFrames.heartbeat(messageId);
    }

    @Override
    public String energyReading(String messageId, long wh, Instant at) {
        return MixFrames.energyReading(messageId, null, wh, at);
    }

    @Override
    public String authorize(String messageId, String idTag) {
        return MixFrames.call(messageId, "Authorize", "{\"idTag\":\"" + idTag + "\"}");
    }

    @Override
    public String start(String messageId, String idTag, String transactionId, long wh, Instant at) {
        return MixFrames.call(messageId, "StartTransaction", "{\"connectorId\":1,\"idTag\":\"" + idTag + "\",\"meterStart\":" + wh
                + ",\"timestamp\":\"" + MixFrames.timestamp(at) + "\"}");
    }

    @Override
    public String startedName() {
        return "StartTransaction";
    }

    @Override
    public String startedTransactionId(JsonNode answer, String proposed) {
        return answer.path("transactionId").isInt() ? Integer.toString(answer.path("transactionId").intValue()) : null;
    }

    @Override
    public String reading(String messageId, String transactionId, long wh, Instant at) {
        return MixFrames.energyReading(messageId, Integer.parseInt(transactionId), wh, at);
    }

    @Override
    public String readingName() {
        return "MeterValues";
    }

    @Override
    public String stop(String messageId, String idTag, String transactionId, long wh, Instant at) {
        return MixFrames.call(messageId, "StopTransaction", "{\"idTag\":\"" + idTag + "\",\"meterStop\":" + wh + ",\"timestamp\":\""
                + MixFrames.timestamp(at) + "\",\"transactionId\":" + Integer.parseInt(transactionId)
                + ",\"reason\":\"Local\"}");
    }

    @Override
    public String stopName() {
        return "StopTransaction";
    }

    @Override
    public boolean tokenAccepted(JsonNode answer) {
        return "Accepted".equals(answer.path("idTagInfo").path("status").asText());
    }

    @Override
    public Map<String, ObjectNode> bareAnswers(Instant now) {
        IdTagInfo accepted = new IdTagInfo(null, null, AuthorizationStatus.Accepted);
        return Map.of(
                "BootNotification", OcppJson.encode(new BootNotificationResponse(RegistrationStatus.Accepted, now, 300)),
                "Heartbeat", OcppJson.encode(new HeartbeatResponse(now)),
                "StatusNotification", OcppJson.encode(new StatusNotificationResponse()),
                "MeterValues", OcppJson.encode(new MeterValuesResponse()),
                "Authorize", OcppJson.encode(new AuthorizeResponse(accepted)),
                "StartTransaction", OcppJson.encode(new StartTransactionResponse(accepted, 1)),
                "StopTransaction", OcppJson.encode(new StopTransactionResponse(accepted)));
    }
}
