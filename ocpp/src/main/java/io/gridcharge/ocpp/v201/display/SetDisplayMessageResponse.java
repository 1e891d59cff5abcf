package io.gridcharge.ocpp.v201.display;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetDisplayMessageResponse: the answer to {@link SetDisplayMessageRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetDisplayMessageResponse(
        DisplayMessageStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public SetDisplayMessageResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static SetDisplayMessageResponse of(DisplayMessageStatusEnumType status) {
        return new SetDisplayMessageResponse(status, null, null);
    }
}
