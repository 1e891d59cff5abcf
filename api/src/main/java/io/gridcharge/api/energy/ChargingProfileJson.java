package io.gridcharge.api.energy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.energy.ChargingProfile;
import io.gridcharge.domain.energy.ChargingProfileKind;
import io.gridcharge.domain.energy.ChargingProfilePurpose;
import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.ChargingSchedule;
import io.gridcharge.domain.energy.ChargingSchedulePeriod;
import io.gridcharge.domain.energy.RecurrencyKind;
import io.gridcharge.domain.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A charging profile on the wire, field for field as OCPP 1.6 §7.8 names it (so an operator can paste one from
 * a station's documentation); limits in W or A with at most one decimal, times in ISO-8601.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChargingProfileJson(Integer chargingProfileId, Long transactionId, Integer stackLevel,
                                  String chargingProfilePurpose, String chargingProfileKind, String recurrencyKind,
                                  Instant validFrom, Instant validTo, Schedule chargingSchedule) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Schedule(Integer duration, Instant startSchedule, String chargingRateUnit,
                           List<Period> chargingSchedulePeriod, BigDecimal minChargingRate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(Integer startPeriod, BigDecimal limit, Integer numberPhases) {
    }

    public static ChargingProfileJson of(ChargingProfile profile) {
        ChargingSchedule schedule = profile.schedule();
        return new ChargingProfileJson(profile.id(), profile.transactionId(), profile.stackLevel(),
                Vocabulary.CHARGING_PROFILE_PURPOSE.name(profile.purpose()),
                Vocabulary.CHARGING_PROFILE_KIND.name(profile.kind()),
                Vocabulary.RECURRENCY_KIND.name(profile.recurrency()), profile.validFrom(), profile.validTo(),
                new Schedule(schedule.durationSeconds(), schedule.startSchedule(),
                        Vocabulary.CHARGING_RATE_UNIT.name(schedule.unit()),
                        schedule.periods().stream()
                                .map(p -> new Period(p.startPeriod(), p.limit(), p.numberPhases())).toList(),
                        schedule.minChargingRate()));
    }

    /**
     * The domain's profile, or null with every broken rule filed in {@code errors} under {@code prefix} and
     * the field's wire name ("chargingProfile.chargingSchedule.chargingSchedulePeriod[1].startPeriod").
     */
    public ChargingProfile toDomain(String prefix, InputErrors errors) {
        Integer id = errors.required(prefix + "chargingProfileId", chargingProfileId);
        Integer level = errors.required(prefix + "stackLevel", stackLevel);
        ChargingProfilePurpose purpose = errors.optional(prefix + "chargingProfilePurpose",
                errors.required(prefix + "chargingProfilePurpose", chargingProfilePurpose),
                Vocabulary.CHARGING_PROFILE_PURPOSE::parse);
        ChargingProfileKind kind = errors.optional(prefix + "chargingProfileKind",
                errors.required(prefix + "chargingProfileKind", chargingProfileKind),
                Vocabulary.CHARGING_PROFILE_KIND::parse);
        RecurrencyKind recurrency = errors.optional(prefix + "recurrencyKind", recurrencyKind,
                Vocabulary.RECURRENCY_KIND::parse);
        ChargingSchedule schedule = errors.required(prefix + "chargingSchedule", chargingSchedule) == null ? null
                : schedule(prefix + "chargingSchedule.", errors);
        if (id == null || level == null || purpose == null || kind == null || schedule == null
                || (recurrencyKind != null && recurrency == null)) {
            return null;
        }
        return within(prefix, errors, () -> new ChargingProfile(id, level, purpose, kind, recurrency, validFrom,
                validTo, transactionId, schedule));
    }

    private ChargingSchedule schedule(String prefix, InputErrors errors) {
        Schedule wire = chargingSchedule;
        ChargingRateUnit unit = errors.optional(prefix + "chargingRateUnit",
                errors.required(prefix + "chargingRateUnit", wire.chargingRateUnit()),
                Vocabulary.CHARGING_RATE_UNIT::parse);
        List<Period> wirePeriods = errors.required(prefix + "chargingSchedulePeriod", wire.chargingSchedulePeriod());
        if (wirePeriods == null) {
            return null;
        }
        List<ChargingSchedulePeriod> periods = new ArrayList<>();
        for (int i = 0; i < wirePeriods.size(); i++) {
            String at = prefix + "chargingSchedulePeriod[" + i + "].";
            Period period = wirePeriods.get(i);
            if (errors.required(at.substring(0, at.length() - 1), period) == null) {
                continue;
            }
            Integer start = errors.required(at + "startPeriod", period.startPeriod());
            BigDecimal limit = errors.required(at + "limit", period.limit());
            if (start != null && limit != null) {
                periods.add(within(at, errors, () -> new ChargingSchedulePeriod(start, limit, period.numberPhases())));
            }
        }
        if (unit == null || periods.size() != wirePeriods.size() || periods.contains(null)) {
            return null;
        }
        return within(prefix, errors, () -> new ChargingSchedule(wire.startSchedule(), wire.duration(), unit, periods,
                wire.minChargingRate()));
    }

    /** Runs a domain constructor, filing its rule under the prefixed field it names. */
    private static <T> T within(String prefix, InputErrors errors, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInput e) {
            errors.reject(prefix + e.field(), e.rule());
            return null;
        }
    }
}
