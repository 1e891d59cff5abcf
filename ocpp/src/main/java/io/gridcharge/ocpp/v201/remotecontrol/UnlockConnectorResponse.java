package io.gridcharge.ocpp.v201.remotecontrol;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 UnlockConnectorResponse: the answer to {@link UnlockConnectorRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record UnlockConnectorResponse(
        UnlockStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public UnlockConnectorResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static UnlockConnectorResponse of(UnlockStatusEnumType status) {
        return new UnlockConnectorResponse(status, null, null);
    }
}
