package io.gridcharge.ocpp.v201.datatransfer;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 DataTransferResponse: the answer to {@link DataTransferRequest}.
 *
 * @param data Data without specified length or format, in response to request.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record DataTransferResponse(
        DataTransferStatusEnumType status,
        StatusInfoType statusInfo,
        JsonNode data,
        CustomDataType customData) implements OcppResponse {

    public DataTransferResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static DataTransferResponse of(DataTransferStatusEnumType status) {
        return new DataTransferResponse(status, null, null, null);
    }
}
