package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.time.Instant;

/**
 * A charging profile (OCPP 1.6 §7.8) with the rules of §3.13 and §7.8 that the official schema leaves to prose:
 * a transaction id only on a TX profile; a recurrency kind exactly when the profile recurs; a start time for
 * absolute and recurring schedules and none for a relative one (it counts from the transaction's start); a
 * recurring schedule no longer than its recurrence; and a validity window that is not empty. A
 * ChargePointMaxProfile is never relative: no transaction bounds it to count from (OCPP 2.0.1 K01.FR.38).
 */
public record ChargingProfile(int id, int stackLevel, ChargingProfilePurpose purpose, ChargingProfileKind kind,
                              RecurrencyKind recurrency, Instant validFrom, Instant validTo, Long transactionId,
                              ChargingSchedule schedule) {
    public ChargingProfile {
        if (id < 1) {
            throw new InvalidInput("chargingProfileId", "must be 1 or more");
        }
        if (stackLevel < 0) {
            throw new InvalidInput("stackLevel", "must not be negative");
        }
        Require.present(purpose, "chargingProfilePurpose");
        Require.present(kind, "chargingProfileKind");
        Require.present(schedule, "chargingSchedule");
        if (transactionId != null && purpose != ChargingProfilePurpose.TX) {
            throw new InvalidInput("transactionId", "may be given only for a TxProfile");
        }
        if ((kind == ChargingProfileKind.RECURRING) != (recurrency != null)) {
            throw new InvalidInput("recurrencyKind", kind == ChargingProfileKind.RECURRING
                    ? "is required for a Recurring profile" : "may be given only for a Recurring profile");
        }
        if (kind == ChargingProfileKind.RELATIVE && purpose == ChargingProfilePurpose.CHARGE_POINT_MAX) {
            throw new InvalidInput("chargingProfileKind", "must not be Relative for a ChargePointMaxProfile");
        }
        if (kind == ChargingProfileKind.RELATIVE && schedule.startSchedule() != null) {
            throw new InvalidInput("chargingSchedule.startSchedule",
                    "must be absent for a Relative profile: it counts from the start of the transaction");
        }
        if (kind != ChargingProfileKind.RELATIVE && schedule.startSchedule() == null) {
            throw new InvalidInput("chargingSchedule.startSchedule", "is required for an Absolute or Recurring profile");
        }
        if (recurrency != null && schedule.durationSeconds() != null
                && schedule.durationSeconds() > recurrency.period().toSeconds()) {
            throw new InvalidInput("chargingSchedule.duration", "must not exceed the recurrence ("
                    + recurrency.period().toSeconds() + " s)");
        }
        if (validFrom != null && validTo != null && !validFrom.isBefore(validTo)) {
            throw new InvalidInput("validTo", "must be later than validFrom");
        }
    }

    /** An absolute profile valid for ever, for tests and simple callers. */
    public static ChargingProfile absolute(int id, int stackLevel, ChargingProfilePurpose purpose,
                                           ChargingSchedule schedule) {
        return new ChargingProfile(id, stackLevel, purpose, ChargingProfileKind.ABSOLUTE, null, null, null, null,
                schedule);
    }

    public ChargingProfile forTransaction(long transaction) {
        return new ChargingProfile(id, stackLevel, purpose, kind, recurrency, validFrom, validTo, transaction,
                schedule);
    }

    public ChargingProfile validBetween(Instant from, Instant to) {
        return new ChargingProfile(id, stackLevel, purpose, kind, recurrency, from, to, transactionId, schedule);
    }

    /** Whether the profile may be in force at {@code at} (§7.8 validFrom/validTo; validTo excluded). */
    public boolean isValidAt(Instant at) {
        return (validFrom == null || !at.isBefore(validFrom)) && (validTo == null || at.isBefore(validTo));
    }
}
