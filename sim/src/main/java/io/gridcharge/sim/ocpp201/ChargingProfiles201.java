package io.gridcharge.sim.ocpp201;

import io.gridcharge.ocpp.v16.smartcharging.ChargingProfile;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfileKindType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfilePurposeType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingRateUnitType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedule;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedulePeriod;
import io.gridcharge.ocpp.v16.smartcharging.ClearChargingProfileRequest;
import io.gridcharge.ocpp.v16.smartcharging.RecurrencyKindType;
import io.gridcharge.ocpp.v201.types.ChargingProfilePurposeEnumType;
import io.gridcharge.ocpp.v201.types.ChargingProfileType;
import io.gridcharge.ocpp.v201.types.ChargingScheduleType;
import io.gridcharge.sim.ocpp16.StationSchedule;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A 2.0.1 charging profile in the terms of the station's {@link StationSchedule}, which adds up the limits of
 * installed profiles the same way in both versions (OCPP 2.0.1 K01 and 1.6 §3.13 stack them alike). The
 * station's own limit calculation serves both, so a 2.0.1 profile limits the car exactly as a 1.6 one does.
 */
final class ChargingProfiles201 {
    private ChargingProfiles201() {
    }

    /**
     * The profile as the schedule keeps it; empty for ChargingStationExternalConstraints, which a CSMS does not
     * set (K01). Of several schedules (ISO 15118 alternatives) the first is the one obeyed.
     */
    static Optional<ChargingProfile> asInstalled(ChargingProfileType profile) {
        ChargingProfilePurposeType purpose = purposeOf(profile.chargingProfilePurpose());
        if (purpose == null) {
            return Optional.empty();
        }
        ChargingScheduleType schedule = profile.chargingSchedule().getFirst();
        var periods = schedule.chargingSchedulePeriod().stream()
                .map(p -> new ChargingSchedulePeriod(p.startPeriod(), p.limit().setScale(1, RoundingMode.DOWN),
                        p.numberPhases()))
                .toList();
        return Optional.of(new ChargingProfile(profile.id(), null, profile.stackLevel(), purpose,
                ChargingProfileKindType.valueOf(profile.chargingProfileKind().name()),
                profile.recurrencyKind() == null ? null : RecurrencyKindType.valueOf(profile.recurrencyKind().name()),
                profile.validFrom(), profile.validTo(),
                new ChargingSchedule(schedule.duration(), schedule.startSchedule(),
                        ChargingRateUnitType.valueOf(schedule.chargingRateUnit().name()), periods, null)));
    }

    /** K10: by id, or by every criterion given; empty when the criteria name what this station never holds. */
    static Optional<ClearChargingProfileRequest> clearing(
            io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileRequest clear) {
        var criteria = clear.chargingProfileCriteria();
        if (criteria == null || clear.chargingProfileId() != null) {
            return Optional.of(new ClearChargingProfileRequest(clear.chargingProfileId(), null, null, null));
        }
        ChargingProfilePurposeType purpose = criteria.chargingProfilePurpose() == null ? null
                : purposeOf(criteria.chargingProfilePurpose());
        if (criteria.chargingProfilePurpose() != null && purpose == null) {
            return Optional.empty();
        }
        return Optional.of(new ClearChargingProfileRequest(null, criteria.evseId(), purpose, criteria.stackLevel()));
    }

    private static ChargingProfilePurposeType purposeOf(ChargingProfilePurposeEnumType purpose) {
        return switch (purpose) {
            case ChargingStationMaxProfile -> ChargingProfilePurposeType.ChargePointMaxProfile;
            case TxDefaultProfile -> ChargingProfilePurposeType.TxDefaultProfile;
            case TxProfile -> ChargingProfilePurposeType.TxProfile;
            case ChargingStationExternalConstraints -> null;
        };
    }
}
