package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 NotifyReportRequest (functional block B Provisioning, use case B07, B08): the station sends (a part
 * of) a requested device model report.
 *
 * @param requestId The id of the GetReportRequest  or GetBaseReportRequest that requested this report
 * @param generatedAt Timestamp of the moment this message was generated at the Charging Station.
 * @param tbc “to be continued” indicator. Absent means false (schema default).
 * @param seqNo Sequence number of this message.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyReportRequest(
        Integer requestId,
        Instant generatedAt,
        List<ReportDataType> reportData,
        Boolean tbc,
        Integer seqNo,
        CustomDataType customData) implements OcppRequest<NotifyReportResponse> {

    public NotifyReportRequest {
        Require.present(requestId, "requestId");
        Require.present(generatedAt, "generatedAt");
        reportData = Require.size(reportData, 1, Integer.MAX_VALUE, "reportData");
        Require.present(seqNo, "seqNo");
        // Not in the schema; the spec's field description: "First message starts at 0."
        Require.atLeast(seqNo, 0, "seqNo");
    }

    /** The required fields only. */
    public static NotifyReportRequest of(Integer requestId, Instant generatedAt, Integer seqNo) {
        return new NotifyReportRequest(requestId, generatedAt, null, null, seqNo, null);
    }
}
