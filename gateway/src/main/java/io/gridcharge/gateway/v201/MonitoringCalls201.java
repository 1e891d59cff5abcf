package io.gridcharge.gateway.v201;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v201.diagnostics.ClearMonitoringResultType;
import io.gridcharge.ocpp.v201.diagnostics.ClearVariableMonitoringRequest;
import io.gridcharge.ocpp.v201.diagnostics.ClearVariableMonitoringResponse;
import io.gridcharge.ocpp.v201.provisioning.AttributeEnumType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableDataType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.GetVariablesRequest;
import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.VariableType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * N06 ClearVariableMonitoring as the operator wrote it (the generic OCPP endpoint), kept to what the station takes
 * in one message: the CSMS puts no more ids in one request than the station's
 * MonitoringCtrlr.ItemsPerMessage[ClearVariableMonitoring] (N06.FR.04). The station is asked for that number
 * first (GetVariables); more ids than it leave as several requests, one after the other, whose results are
 * answered as one. A station that does not say (a CALLERROR, a status other than Accepted, no positive number) is
 * sent the request as it is. The payload is checked before anything is sent.
 */
final class MonitoringCalls201 {
    static final String CLEAR_VARIABLE_MONITORING = "ClearVariableMonitoring";
    private static final GetVariableDataType ITEMS_PER_CLEAR = new GetVariableDataType(AttributeEnumType.Actual,
            ComponentType.of("MonitoringCtrlr"), new VariableType("ItemsPerMessage", CLEAR_VARIABLE_MONITORING, null),
            null);

    private MonitoringCalls201() {
    }

    /** @throws io.gridcharge.ocpp.validation.PayloadViolation when the payload breaks the request's schema */
    static CompletableFuture<JsonNode> clearVariableMonitoring(RpcSession session, ObjectNode payload) {
        ClearVariableMonitoringRequest request = OcppJson.decode(payload, ClearVariableMonitoringRequest.class);
        if (request.id().size() == 1) {
            return session.callRaw(CLEAR_VARIABLE_MONITORING, payload);
        }
        return itemsPerMessage(session)
                .thenCompose(limit -> inParts(session, request, limit.orElse(request.id().size())))
                .thenApply(OcppJson::encode);
    }

    private static CompletableFuture<OptionalInt> itemsPerMessage(RpcSession session) {
        return session.call(new GetVariablesRequest(List.of(ITEMS_PER_CLEAR), null))
                .thenApply(answer -> answer.getVariableResult().stream()
                        .filter(result -> result.attributeStatus() == GetVariableStatusEnumType.Accepted)
                        .mapToInt(result -> positive(result.attributeValue()))
                        .filter(limit -> limit > 0)
                        .findFirst())
                .exceptionally(noAnswer -> OptionalInt.empty());
    }

    private static CompletableFuture<ClearVariableMonitoringResponse> inParts(
            RpcSession session, ClearVariableMonitoringRequest request, int perMessage) {
        List<Integer> ids = request.id();
        CompletableFuture<List<ClearMonitoringResultType>> results = CompletableFuture.completedFuture(List.of());
        for (int from = 0; from < ids.size(); from += perMessage) {
            List<Integer> part = ids.subList(from, Math.min(from + perMessage, ids.size()));
            results = results.thenCompose(earlier -> session.call(
                            new ClearVariableMonitoringRequest(part, request.customData()))
                    .thenApply(answer -> {
                        List<ClearMonitoringResultType> all = new ArrayList<>(earlier);
                        all.addAll(answer.clearMonitoringResult());
                        return all;
                    }));
        }
        return results.thenApply(all -> new ClearVariableMonitoringResponse(all, null));
    }

    private static int positive(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
