package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 ChargingProfileType: a ChargingProfile consists of ChargingSchedule, describing the amount of power
 * or current that can be delivered per time interval.
 *
 * @param id Id of ChargingProfile.
 * @param stackLevel Value determining level in hierarchy stack of profiles.
 * @param validFrom Point in time at which the profile starts to be valid.
 * @param validTo Point in time at which the profile stops to be valid.
 * @param transactionId SHALL only be included if ChargingProfilePurpose is set to TxProfile.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ChargingProfileType(
        Integer id,
        Integer stackLevel,
        ChargingProfilePurposeEnumType chargingProfilePurpose,
        ChargingProfileKindEnumType chargingProfileKind,
        RecurrencyKindEnumType recurrencyKind,
        Instant validFrom,
        Instant validTo,
        List<ChargingScheduleType> chargingSchedule,
        String transactionId,
        CustomDataType customData) {

    public ChargingProfileType {
        Require.present(id, "id");
        Require.present(stackLevel, "stackLevel");
        Require.present(chargingProfilePurpose, "chargingProfilePurpose");
        Require.present(chargingProfileKind, "chargingProfileKind");
        Require.present(chargingSchedule, "chargingSchedule");
        chargingSchedule = Require.size(chargingSchedule, 1, 3, "chargingSchedule");
        Require.maxLength(transactionId, 36, "transactionId");
    }

    /** The required fields only. */
    public static ChargingProfileType of(
            Integer id,
            Integer stackLevel,
            ChargingProfilePurposeEnumType chargingProfilePurpose,
            ChargingProfileKindEnumType chargingProfileKind,
            List<ChargingScheduleType> chargingSchedule) {
        return new ChargingProfileType(
                id, stackLevel, chargingProfilePurpose, chargingProfileKind, null, null, null,
                chargingSchedule, null, null);
    }
}
