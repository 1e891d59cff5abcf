package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 NotifyEVChargingNeedsResponse: the answer to {@link NotifyEVChargingNeedsRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyEVChargingNeedsResponse(
        NotifyEVChargingNeedsStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public NotifyEVChargingNeedsResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static NotifyEVChargingNeedsResponse of(NotifyEVChargingNeedsStatusEnumType status) {
        return new NotifyEVChargingNeedsResponse(status, null, null);
    }
}
