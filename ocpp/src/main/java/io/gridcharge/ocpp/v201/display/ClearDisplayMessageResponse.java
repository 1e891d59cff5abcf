package io.gridcharge.ocpp.v201.display;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ClearDisplayMessageResponse: the answer to {@link ClearDisplayMessageRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ClearDisplayMessageResponse(
        ClearMessageStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public ClearDisplayMessageResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static ClearDisplayMessageResponse of(ClearMessageStatusEnumType status) {
        return new ClearDisplayMessageResponse(status, null, null);
    }
}
