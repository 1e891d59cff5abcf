package io.gridcharge.domain.billing;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The prices of a site from {@code validFrom} until the next version takes over (issue 7: versioned with
 * validity dates). Energy is priced per kWh by time of use; weekdays and weekends each need a price for every
 * minute of the day, holidays may have their own (else they are priced as weekends). On top: a service fee per
 * kWh, a price per minute of charging, an idle fee per minute after a grace period once charging has finished,
 * a fee per session, and a minimum and maximum per session. Unit prices are in {@code currency}, unrounded.
 */
public record TariffVersion(Instant validFrom, Currency currency, List<EnergyPeriod> energyPeriods,
                            Set<LocalDate> holidays, BigDecimal serviceFeePerKwh, BigDecimal pricePerMinute,
                            BigDecimal idleFeePerMinute, Duration idleGrace, BigDecimal sessionFee,
                            BigDecimal minimumPerSession, BigDecimal maximumPerSession) {
    private static final Duration LONGEST_GRACE = Duration.ofHours(24);

    public TariffVersion {
        Require.present(validFrom, "validFrom");
        Require.present(currency, "currency");
        Require.present(energyPeriods, "energyPrices");
        energyPeriods = List.copyOf(energyPeriods);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        serviceFeePerKwh = zeroIfAbsent(UnitPrice.checkOptional(serviceFeePerKwh, "serviceFeePerKwh"));
        pricePerMinute = zeroIfAbsent(UnitPrice.checkOptional(pricePerMinute, "pricePerMinute"));
        idleFeePerMinute = zeroIfAbsent(UnitPrice.checkOptional(idleFeePerMinute, "idleFeePerMinute"));
        sessionFee = zeroIfAbsent(UnitPrice.checkOptional(sessionFee, "sessionFee"));
        UnitPrice.checkOptional(minimumPerSession, "minimumPerSession");
        UnitPrice.checkOptional(maximumPerSession, "maximumPerSession");
        idleGrace = idleGrace == null ? Duration.ZERO : idleGrace;
        if (idleGrace.isNegative() || idleGrace.compareTo(LONGEST_GRACE) > 0) {
            throw new InvalidInput("idleGraceMinutes", "must be from 0 to " + LONGEST_GRACE.toMinutes());
        }
        if (minimumPerSession != null && maximumPerSession != null
                && minimumPerSession.compareTo(maximumPerSession) > 0) {
            throw new InvalidInput("maximumPerSession", "must not be below minimumPerSession");
        }
        checkEveryMinutePricedOnce(energyPeriods);
    }

    /** The day type of a local date: a listed holiday (with prices of its own, else as a weekend), weekend, weekday. */
    public DayType dayTypeOf(LocalDate date) {
        if (holidays.contains(date)) {
            return hasPrices(DayType.HOLIDAY) ? DayType.HOLIDAY : DayType.WEEKEND;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? DayType.WEEKEND : DayType.WEEKDAY;
    }

    /** The energy period in force at a local date and time; every minute has exactly one (checked at creation). */
    public EnergyPeriod energyPeriodAt(LocalDate date, LocalTime time) {
        DayType dayType = dayTypeOf(date);
        return energyPeriods.stream()
                .filter(p -> p.dayType() == dayType && p.covers(time))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no energy price at " + date + " " + time));
    }

    /** Where the energy price may change on a day of {@code dayType}: the start minute of each of its periods. */
    public List<Integer> periodStarts(DayType dayType) {
        return energyPeriods.stream().filter(p -> p.dayType() == dayType).map(EnergyPeriod::fromMinute).toList();
    }

    private boolean hasPrices(DayType dayType) {
        return energyPeriods.stream().anyMatch(p -> p.dayType() == dayType);
    }

    /**
     * Weekdays and weekends (and holidays, when they have prices at all) must have a price for every minute, and
     * one only: an overlap or a gap is refused naming both periods or the gap (issue 7, bad input).
     */
    private static void checkEveryMinutePricedOnce(List<EnergyPeriod> periods) {
        Map<DayType, List<EnergyPeriod>> byDay = new EnumMap<>(DayType.class);
        for (EnergyPeriod period : periods) {
            byDay.computeIfAbsent(period.dayType(), d -> new ArrayList<>()).add(period);
        }
        for (DayType required : List.of(DayType.WEEKDAY, DayType.WEEKEND)) {
            if (!byDay.containsKey(required)) {
                throw new InvalidInput("energyPrices", "has no price for " + required + " 00:00-24:00");
            }
        }
        byDay.forEach((dayType, list) -> {
            list.sort(Comparator.comparingInt(EnergyPeriod::fromMinute));
            int coveredUntil = 0;
            EnergyPeriod previous = null;
            for (EnergyPeriod period : list) {
                if (period.fromMinute() < coveredUntil) {
                    throw new InvalidInput("energyPrices", "has overlapping periods " + previous + " and " + period);
                }
                if (period.fromMinute() > coveredUntil) {
                    throw new InvalidInput("energyPrices", "has no price for " + gap(dayType, coveredUntil,
                            period.fromMinute()));
                }
                coveredUntil = period.toMinute();
                previous = period;
            }
            if (coveredUntil < EnergyPeriod.DAY_MINUTES) {
                throw new InvalidInput("energyPrices", "has no price for "
                        + gap(dayType, coveredUntil, EnergyPeriod.DAY_MINUTES));
            }
        });
    }

    private static String gap(DayType dayType, int from, int to) {
        return dayType + " " + EnergyPeriod.textOf(from) + "-" + EnergyPeriod.textOf(to);
    }

    private static BigDecimal zeroIfAbsent(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
