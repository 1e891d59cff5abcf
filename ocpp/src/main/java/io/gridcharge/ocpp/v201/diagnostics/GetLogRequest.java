package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetLogRequest (functional block N Diagnostics, use case N01): the CSMS asks the station to upload a
 * diagnostics or security log.
 *
 * @param requestId The Id of this request
 * @param retries This specifies how many times the Charging Station must try to upload the log before giving up.
 * @param retryInterval The interval in seconds after which a retry may be attempted.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetLogRequest(
        LogParametersType log,
        LogEnumType logType,
        Integer requestId,
        Integer retries,
        Integer retryInterval,
        CustomDataType customData) implements OcppRequest<GetLogResponse> {

    public GetLogRequest {
        Require.present(log, "log");
        Require.present(logType, "logType");
        Require.present(requestId, "requestId");
    }

    /** The required fields only. */
    public static GetLogRequest of(LogParametersType log, LogEnumType logType, Integer requestId) {
        return new GetLogRequest(log, logType, requestId, null, null, null);
    }
}
