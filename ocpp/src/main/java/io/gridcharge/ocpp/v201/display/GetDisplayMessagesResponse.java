package io.gridcharge.ocpp.v201.display;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetDisplayMessagesResponse: the answer to {@link GetDisplayMessagesRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetDisplayMessagesResponse(
        GetDisplayMessagesStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public GetDisplayMessagesResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static GetDisplayMessagesResponse of(GetDisplayMessagesStatusEnumType status) {
        return new GetDisplayMessagesResponse(status, null, null);
    }
}
