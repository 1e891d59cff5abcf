package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.v201.types.ChargingProfilePurposeEnumType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 ChargingProfileCriterionType: a ChargingProfile consists of ChargingSchedule, describing the amount
 * of power or current that can be delivered per time interval.
 *
 * @param stackLevel Value determining level in hierarchy stack of profiles.
 * @param chargingProfileId List of all the chargingProfileIds requested.
 * @param chargingLimitSource For which charging limit sources, charging profiles SHALL be reported.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ChargingProfileCriterionType(
        ChargingProfilePurposeEnumType chargingProfilePurpose,
        Integer stackLevel,
        List<Integer> chargingProfileId,
        List<ChargingLimitSourceEnumType> chargingLimitSource,
        CustomDataType customData) {

    public ChargingProfileCriterionType {
        chargingProfileId = Require.size(chargingProfileId, 1, Integer.MAX_VALUE, "chargingProfileId");
        chargingLimitSource = Require.size(chargingLimitSource, 1, 4, "chargingLimitSource");
    }

    /** No optional field set. */
    public static ChargingProfileCriterionType of() {
        return new ChargingProfileCriterionType(null, null, null, null, null);
    }
}
