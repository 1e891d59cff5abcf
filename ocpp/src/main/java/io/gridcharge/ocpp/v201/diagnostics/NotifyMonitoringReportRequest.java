package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 NotifyMonitoringReportRequest (functional block N Diagnostics, use case N02): the station sends (a
 * part of) a requested monitoring report.
 *
 * @param requestId The id of the GetMonitoringRequest that requested this report.
 * @param tbc “to be continued” indicator. Absent means false (schema default).
 * @param seqNo Sequence number of this message.
 * @param generatedAt Timestamp of the moment this message was generated at the Charging Station.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyMonitoringReportRequest(
        List<MonitoringDataType> monitor,
        Integer requestId,
        Boolean tbc,
        Integer seqNo,
        Instant generatedAt,
        CustomDataType customData) implements OcppRequest<NotifyMonitoringReportResponse> {

    public NotifyMonitoringReportRequest {
        monitor = Require.size(monitor, 1, Integer.MAX_VALUE, "monitor");
        Require.present(requestId, "requestId");
        Require.present(seqNo, "seqNo");
        // Not in the schema; the spec's field description: "First message starts at 0."
        Require.atLeast(seqNo, 0, "seqNo");
        Require.present(generatedAt, "generatedAt");
    }

    /** The required fields only. */
    public static NotifyMonitoringReportRequest of(Integer requestId, Integer seqNo, Instant generatedAt) {
        return new NotifyMonitoringReportRequest(null, requestId, null, seqNo, generatedAt, null);
    }
}
