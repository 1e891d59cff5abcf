package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetLogResponse: the answer to {@link GetLogRequest}.
 *
 * @param filename This contains the name of the log file that will be uploaded.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetLogResponse(
        LogStatusEnumType status,
        StatusInfoType statusInfo,
        String filename,
        CustomDataType customData) implements OcppResponse {

    public GetLogResponse {
        Require.present(status, "status");
        Require.maxLength(filename, 255, "filename");
    }

    /** The required fields only. */
    public static GetLogResponse of(LogStatusEnumType status) {
        return new GetLogResponse(status, null, null, null);
    }
}
