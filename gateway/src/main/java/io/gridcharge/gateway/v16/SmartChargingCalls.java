package io.gridcharge.gateway.v16;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.energy.ChargingProfile;
import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.ChargingSchedule;
import io.gridcharge.domain.energy.ClearCriteria;
import io.gridcharge.domain.energy.CompositePeriod;
import io.gridcharge.domain.energy.CompositeSchedule;
import io.gridcharge.domain.energy.CompositeScheduleResult;
import io.gridcharge.gateway.WireNames;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfileKindType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfilePurposeType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingRateUnitType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedulePeriod;
import io.gridcharge.ocpp.v16.smartcharging.ClearChargingProfileRequest;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleRequest;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleResponse;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleStatus;
import io.gridcharge.ocpp.v16.smartcharging.RecurrencyKindType;
import io.gridcharge.ocpp.v16.smartcharging.SetChargingProfileRequest;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Smart Charging commands as OCPP 1.6 calls (§5.5, §5.7, §5.16) and the profile of a RemoteStartTransaction
 * (§5.11), with the station's answers: SetChargingProfile's and ClearChargingProfile's status words, and
 * GetCompositeSchedule's schedule as a {@link CompositeScheduleResult}.
 */
final class SmartChargingCalls {

    private SmartChargingCalls() {
    }

    static CompletableFuture<CommandReply> setChargingProfile(RpcSession session,
                                                              StationCommand.SetChargingProfile set) {
        return session.call(new SetChargingProfileRequest(set.connectorId(), profile(set.profile())))
                .thenApply(response -> CommandReply.of(WireNames.of(response.status())));
    }

    static CompletableFuture<CommandReply> clearChargingProfile(RpcSession session,
                                                                StationCommand.ClearChargingProfile clear) {
        ClearCriteria criteria = clear.criteria();
        return session.call(new ClearChargingProfileRequest(criteria.profileId(), criteria.connectorId(),
                        criteria.purpose() == null ? null : purpose(criteria.purpose()), criteria.stackLevel()))
                .thenApply(response -> CommandReply.of(WireNames.of(response.status())));
    }

    static CompletableFuture<CommandReply> getCompositeSchedule(RpcSession session,
                                                                StationCommand.GetCompositeSchedule get) {
        return session.call(new GetCompositeScheduleRequest(get.connectorId(), get.durationSeconds(),
                        get.unit() == null ? null : unit(get.unit())))
                .thenApply(SmartChargingCalls::compositeSchedule);
    }

    /** OCPP 1.6 §7.8 as the wire has it; 1.6 transaction ids are 32-bit integers (§6.35). */
    static io.gridcharge.ocpp.v16.smartcharging.ChargingProfile profile(ChargingProfile profile) {
        ChargingSchedule schedule = profile.schedule();
        return new io.gridcharge.ocpp.v16.smartcharging.ChargingProfile(profile.id(),
                profile.transactionId() == null ? null : transactionId(profile.transactionId()),
                profile.stackLevel(), purpose(profile.purpose()), kind(profile),
                profile.recurrency() == null ? null : switch (profile.recurrency()) {
                    case DAILY -> RecurrencyKindType.Daily;
                    case WEEKLY -> RecurrencyKindType.Weekly;
                },
                profile.validFrom(), profile.validTo(),
                new io.gridcharge.ocpp.v16.smartcharging.ChargingSchedule(schedule.durationSeconds(),
                        schedule.startSchedule(), unit(schedule.unit()),
                        schedule.periods().stream().map(p -> new ChargingSchedulePeriod(p.startPeriod(), p.limit(),
                                p.numberPhases())).toList(),
                        schedule.minChargingRate()));
    }

    private static CommandReply compositeSchedule(GetCompositeScheduleResponse response) {
        String status = WireNames.of(response.status());
        var schedule = response.chargingSchedule();
        if (response.status() != GetCompositeScheduleStatus.Accepted || schedule == null) {
            return CommandReply.of(status, new CompositeScheduleResult(response.connectorId(), null));
        }
        Instant start = response.scheduleStart() != null ? response.scheduleStart() : schedule.startSchedule();
        List<CompositePeriod> periods = schedule.chargingSchedulePeriod().stream()
                .map(p -> new CompositePeriod(Math.max(0, p.startPeriod()), p.limit(), p.numberPhases())).toList();
        return CommandReply.of(status, new CompositeScheduleResult(response.connectorId(),
                new CompositeSchedule(start, schedule.duration(),
                        schedule.chargingRateUnit() == ChargingRateUnitType.W ? ChargingRateUnit.WATTS
                                : ChargingRateUnit.AMPERES, periods)));
    }

    private static ChargingProfilePurposeType purpose(io.gridcharge.domain.energy.ChargingProfilePurpose purpose) {
        return switch (purpose) {
            case CHARGE_POINT_MAX -> ChargingProfilePurposeType.ChargePointMaxProfile;
            case TX_DEFAULT -> ChargingProfilePurposeType.TxDefaultProfile;
            case TX -> ChargingProfilePurposeType.TxProfile;
        };
    }

    private static ChargingProfileKindType kind(ChargingProfile profile) {
        return switch (profile.kind()) {
            case ABSOLUTE -> ChargingProfileKindType.Absolute;
            case RECURRING -> ChargingProfileKindType.Recurring;
            case RELATIVE -> ChargingProfileKindType.Relative;
        };
    }

    private static ChargingRateUnitType unit(ChargingRateUnit unit) {
        return unit == ChargingRateUnit.WATTS ? ChargingRateUnitType.W : ChargingRateUnitType.A;
    }

    private static int transactionId(long id) {
        if (id < Integer.MIN_VALUE || id > Integer.MAX_VALUE) {
            throw new PayloadViolation(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION, "csChargingProfiles.transactionId",
                    "must fit an OCPP 1.6 integer, was " + id);
        }
        return (int) id;
    }
}
