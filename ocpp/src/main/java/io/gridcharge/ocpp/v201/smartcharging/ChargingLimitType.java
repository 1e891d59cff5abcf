package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ChargingLimitType: where an external charging limit comes from and whether it is grid critical (K12).
 *
 * @param isGridCritical Indicates whether the charging limit is critical for the grid.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ChargingLimitType(
        ChargingLimitSourceEnumType chargingLimitSource,
        Boolean isGridCritical,
        CustomDataType customData) {

    public ChargingLimitType {
        Require.present(chargingLimitSource, "chargingLimitSource");
    }

    /** The required fields only. */
    public static ChargingLimitType of(ChargingLimitSourceEnumType chargingLimitSource) {
        return new ChargingLimitType(chargingLimitSource, null, null);
    }
}
