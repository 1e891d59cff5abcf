package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 LogStatusNotificationRequest (functional block N Diagnostics, use case N01): the station reports
 * the progress of a log upload.
 *
 * @param requestId The request id that was provided in GetLogRequest that started this log upload.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record LogStatusNotificationRequest(
        UploadLogStatusEnumType status,
        Integer requestId,
        CustomDataType customData) implements OcppRequest<LogStatusNotificationResponse> {

    public LogStatusNotificationRequest {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static LogStatusNotificationRequest of(UploadLogStatusEnumType status) {
        return new LogStatusNotificationRequest(status, null, null);
    }
}
