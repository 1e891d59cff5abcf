package io.gridcharge.ocpp.v201.remotecontrol;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 TriggerMessageResponse: the answer to {@link TriggerMessageRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record TriggerMessageResponse(
        TriggerMessageStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public TriggerMessageResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static TriggerMessageResponse of(TriggerMessageStatusEnumType status) {
        return new TriggerMessageResponse(status, null, null);
    }
}
