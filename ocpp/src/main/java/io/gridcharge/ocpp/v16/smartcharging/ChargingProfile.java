package io.gridcharge.ocpp.v16.smartcharging;

import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 1.6 §7.8 ChargingProfile. The prose rules that tie fields together (transactionId only for a
 * TxProfile, recurrencyKind for a Recurring profile) are not in the official schema and are left to the
 * code that decides what to send or accept.
 */
public record ChargingProfile(
        Integer chargingProfileId,
        Integer transactionId,
        Integer stackLevel,
        ChargingProfilePurposeType chargingProfilePurpose,
        ChargingProfileKindType chargingProfileKind,
        RecurrencyKindType recurrencyKind,
        Instant validFrom,
        Instant validTo,
        ChargingSchedule chargingSchedule) {

    public ChargingProfile {
        Require.present(chargingProfileId, "chargingProfileId");
        Require.present(stackLevel, "stackLevel");
        Require.present(chargingProfilePurpose, "chargingProfilePurpose");
        Require.present(chargingProfileKind, "chargingProfileKind");
        Require.present(chargingSchedule, "chargingSchedule");
    }
}
