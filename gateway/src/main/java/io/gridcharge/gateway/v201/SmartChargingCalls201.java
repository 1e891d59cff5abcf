package io.gridcharge.gateway.v201;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.energy.ChargingProfile;
import io.gridcharge.domain.energy.ChargingProfilePurpose;
import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.ChargingSchedule;
import io.gridcharge.domain.energy.ClearCriteria;
import io.gridcharge.domain.energy.CompositePeriod;
import io.gridcharge.domain.energy.CompositeSchedule;
import io.gridcharge.domain.energy.CompositeScheduleResult;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileRequest;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileType;
import io.gridcharge.ocpp.v201.smartcharging.CompositeScheduleType;
import io.gridcharge.ocpp.v201.smartcharging.GetCompositeScheduleRequest;
import io.gridcharge.ocpp.v201.smartcharging.GetCompositeScheduleResponse;
import io.gridcharge.ocpp.v201.smartcharging.SetChargingProfileRequest;
import io.gridcharge.ocpp.v201.types.ChargingProfileKindEnumType;
import io.gridcharge.ocpp.v201.types.ChargingProfilePurposeEnumType;
import io.gridcharge.ocpp.v201.types.ChargingProfileType;
import io.gridcharge.ocpp.v201.types.ChargingRateUnitEnumType;
import io.gridcharge.ocpp.v201.types.ChargingSchedulePeriodType;
import io.gridcharge.ocpp.v201.types.ChargingScheduleType;
import io.gridcharge.ocpp.v201.types.GenericStatusEnumType;
import io.gridcharge.ocpp.v201.types.RecurrencyKindEnumType;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The platform's smart charging commands as OCPP 2.0.1 calls (K01, K10, K08) and the station's answers. The
 * domain's profile is 1.6-shaped; in 2.0.1 ChargePointMaxProfile is ChargingStationMaxProfile, a profile has a
 * list of schedules (ours has one, whose id is the profile's), and a TxProfile names the station's own
 * transaction id (K01.FR.03). The domain's connector is the EVSE (see {@link Ocpp201CallHandler}).
 */
final class SmartChargingCalls201 {

    private SmartChargingCalls201() {
    }

    static CompletableFuture<CommandReply> setChargingProfile(RpcSession session,
                                                              StationCommand.SetChargingProfile set) {
        return session.call(SetChargingProfileRequest.of(set.connectorId(), profile(set)))
                .thenApply(response -> CommandReply.of(WireNames.of(response.status())));
    }

    /** K10: by id, by criteria, or (neither given) every profile the CSMS set, as in 1.6. */
    static CompletableFuture<CommandReply> clearChargingProfile(RpcSession session,
                                                                StationCommand.ClearChargingProfile clear) {
        ClearCriteria criteria = clear.criteria();
        boolean byCriteria = criteria.connectorId() != null || criteria.purpose() != null
                || criteria.stackLevel() != null;
        return session.call(new ClearChargingProfileRequest(criteria.profileId(), byCriteria
                        ? new ClearChargingProfileType(criteria.connectorId(),
                        criteria.purpose() == null ? null : purpose(criteria.purpose()), criteria.stackLevel(), null)
                        : null, null))
                .thenApply(response -> CommandReply.of(WireNames.of(response.status())));
    }

    static CompletableFuture<CommandReply> getCompositeSchedule(RpcSession session,
                                                                StationCommand.GetCompositeSchedule get) {
        return session.call(new GetCompositeScheduleRequest(get.durationSeconds(),
                        get.unit() == null ? null : unit(get.unit()), get.connectorId(), null))
                .thenApply(response -> compositeSchedule(get.connectorId(), response));
    }

    /** K05: the TxProfile of a remote start names no transaction: it has not started yet. */
    static ChargingProfileType remoteStartProfile(ChargingProfile profile) {
        return profile(profile, null);
    }

    static ChargingProfileType profile(StationCommand.SetChargingProfile set) {
        ChargingProfile profile = set.profile();
        if (profile.purpose() == ChargingProfilePurpose.TX && profile.transactionId() != null
                && set.stationTransactionId() == null) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "chargingProfile.transactionId",
                    "transaction " + profile.transactionId() + " has no station transaction id, so an OCPP 2.0.1"
                            + " station cannot be given a TxProfile for it");
        }
        return profile(profile, set.stationTransactionId());
    }

    private static ChargingProfileType profile(ChargingProfile profile, String stationTransactionId) {
        ChargingSchedule schedule = profile.schedule();
        return new ChargingProfileType(profile.id(), profile.stackLevel(), purpose(profile.purpose()),
                switch (profile.kind()) {
                    case ABSOLUTE -> ChargingProfileKindEnumType.Absolute;
                    case RECURRING -> ChargingProfileKindEnumType.Recurring;
                    case RELATIVE -> ChargingProfileKindEnumType.Relative;
                },
                profile.recurrency() == null ? null : switch (profile.recurrency()) {
                    case DAILY -> RecurrencyKindEnumType.Daily;
                    case WEEKLY -> RecurrencyKindEnumType.Weekly;
                },
                profile.validFrom(), profile.validTo(),
                List.of(new ChargingScheduleType(profile.id(), schedule.startSchedule(), schedule.durationSeconds(),
                        unit(schedule.unit()), schedule.periods().stream()
                        .map(p -> new ChargingSchedulePeriodType(p.startPeriod(), p.limit(), p.numberPhases(), null,
                                null)).toList(), schedule.minChargingRate(), null, null)),
                profile.purpose() == ChargingProfilePurpose.TX ? stationTransactionId : null, null);
    }

    private static CommandReply compositeSchedule(int evseId, GetCompositeScheduleResponse response) {
        String status = WireNames.of(response.status());
        CompositeScheduleType schedule = response.schedule();
        if (response.status() != GenericStatusEnumType.Accepted || schedule == null) {
            return CommandReply.of(status, new CompositeScheduleResult(evseId, null));
        }
        return CommandReply.of(status, new CompositeScheduleResult(schedule.evseId(), schedule(schedule)));
    }

    static CompositeSchedule schedule(CompositeScheduleType schedule) {
        return new CompositeSchedule(schedule.scheduleStart(), schedule.duration(), unit(schedule.chargingRateUnit()),
                periods(schedule.chargingSchedulePeriod()));
    }

    /** A schedule a station reports (a limit, an EV's plan, a profile it holds), as the domain keeps it. */
    static CompositeSchedule schedule(ChargingScheduleType schedule) {
        return new CompositeSchedule(schedule.startSchedule(), schedule.duration(), unit(schedule.chargingRateUnit()),
                periods(schedule.chargingSchedulePeriod()));
    }

    private static List<CompositePeriod> periods(List<ChargingSchedulePeriodType> periods) {
        return periods.stream().map(p -> new CompositePeriod(Math.max(0, p.startPeriod()), p.limit(),
                p.numberPhases())).toList();
    }

    private static ChargingProfilePurposeEnumType purpose(ChargingProfilePurpose purpose) {
        return switch (purpose) {
            case CHARGE_POINT_MAX -> ChargingProfilePurposeEnumType.ChargingStationMaxProfile;
            case TX_DEFAULT -> ChargingProfilePurposeEnumType.TxDefaultProfile;
            case TX -> ChargingProfilePurposeEnumType.TxProfile;
        };
    }

    private static ChargingRateUnitEnumType unit(ChargingRateUnit unit) {
        return unit == ChargingRateUnit.WATTS ? ChargingRateUnitEnumType.W : ChargingRateUnitEnumType.A;
    }

    static ChargingRateUnit unit(ChargingRateUnitEnumType unit) {
        return unit == ChargingRateUnitEnumType.W ? ChargingRateUnit.WATTS : ChargingRateUnit.AMPERES;
    }
}
