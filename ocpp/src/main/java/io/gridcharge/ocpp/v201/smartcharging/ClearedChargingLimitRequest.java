package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ClearedChargingLimitRequest (functional block K Smart charging, use case K13): the station reports
 * that an external charging limit was released.
 *
 * @param evseId EVSE Identifier.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ClearedChargingLimitRequest(
        ChargingLimitSourceEnumType chargingLimitSource,
        Integer evseId,
        CustomDataType customData) implements OcppRequest<ClearedChargingLimitResponse> {

    public ClearedChargingLimitRequest {
        Require.present(chargingLimitSource, "chargingLimitSource");
    }

    /** The required fields only. */
    public static ClearedChargingLimitRequest of(ChargingLimitSourceEnumType chargingLimitSource) {
        return new ClearedChargingLimitRequest(chargingLimitSource, null, null);
    }
}
