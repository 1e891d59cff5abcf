package io.gridcharge.domain.billing;

import io.gridcharge.domain.billing.PricedSlice.Phase;
import io.gridcharge.domain.shared.InvalidInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Prices a finished charge with a site's tariff: a pure function of the tariff, the site's time zone and the
 * charge (DESIGN §1, pricing as a pure function tested with tables).
 *
 * <p>The charge is cut into slices at every instant a price may change: the start of each time-of-use period
 * in the site's local time (found for each local day, so a day of 23 or 25 hours at a daylight-saving change
 * is cut where its wall clock says), the start of each tariff version, the end of charging and the end of the
 * idle grace. Each slice gets its share of the energy and its minutes at the prices in force at its start.
 * Components are summed unrounded and each rounded once, half-up to the minor unit; the total is their sum,
 * then held within the session minimum and maximum by an adjustment component.
 */
public final class ChargePricing {
    private static final BigDecimal WH_PER_KWH = BigDecimal.valueOf(1000);
    private static final BigDecimal NANOS_PER_MINUTE = BigDecimal.valueOf(Duration.ofMinutes(1).toNanos());
    private static final int EXACT_SCALE = 12;

    private ChargePricing() {
    }

    public static PricedCharge price(Tariff tariff, ZoneId zone, ChargeRecord charge) {
        TariffVersion first = tariff.versionAt(charge.startedAt()).orElseThrow(() ->
                new InvalidInput("tariff", "has no version in force at " + charge.startedAt()));
        Instant chargingEnd = charge.chargingFinishedAt();
        Instant idleFrom = chargingEnd.plus(tariff.versionAt(chargingEnd).orElse(first).idleGrace());

        Map<PriceComponent, BigDecimal> exact = new EnumMap<>(PriceComponent.class);
        for (PriceComponent component : PriceComponent.values()) {
            exact.put(component, BigDecimal.ZERO);
        }
        List<PricedSlice> slices = new ArrayList<>();
        List<Instant> cuts = cuts(tariff, zone, charge, chargingEnd, idleFrom);
        for (int i = 1; i < cuts.size(); i++) {
            Instant from = cuts.get(i - 1);
            Instant to = cuts.get(i);
            TariffVersion version = tariff.versionAt(from).orElse(first);
            ZonedDateTime local = from.atZone(zone);
            BigDecimal energyPrice = version.energyPeriodAt(local.toLocalDate(), local.toLocalTime()).pricePerKwh();
            BigDecimal wh = charge.energyUntil(to).subtract(charge.energyUntil(from));
            BigDecimal kwh = wh.divide(WH_PER_KWH);
            BigDecimal minutes = new BigDecimal(Duration.between(from, to).toNanos())
                    .divide(NANOS_PER_MINUTE, EXACT_SCALE, RoundingMode.HALF_EVEN);
            Phase phase = from.isBefore(chargingEnd) ? Phase.CHARGING
                    : from.isBefore(idleFrom) ? Phase.IDLE_GRACE : Phase.IDLE;
            add(exact, PriceComponent.ENERGY, kwh.multiply(energyPrice));
            add(exact, PriceComponent.SERVICE, kwh.multiply(version.serviceFeePerKwh()));
            if (phase == Phase.CHARGING) {
                add(exact, PriceComponent.TIME, minutes.multiply(version.pricePerMinute()));
            } else if (phase == Phase.IDLE) {
                add(exact, PriceComponent.IDLE, minutes.multiply(version.idleFeePerMinute()));
            }
            slices.add(new PricedSlice(from, to, wh, energyPrice, phase));
        }
        add(exact, PriceComponent.SESSION, first.sessionFee());

        Map<PriceComponent, Money> rounded = new EnumMap<>(PriceComponent.class);
        BigDecimal subtotal = BigDecimal.ZERO;
        for (PriceComponent component : PriceComponent.values()) {
            Money amount = Money.of(exact.get(component), first.currency()).rounded(RoundingMode.HALF_UP);
            rounded.put(component, amount);
            subtotal = subtotal.add(amount.amount());
        }
        rounded.put(PriceComponent.ADJUSTMENT, Money.of(adjustment(first, subtotal), first.currency())
                .rounded(RoundingMode.HALF_UP));
        return new PricedCharge(first.currency(), charge.energyWh(), rounded, slices);
    }

    /** What brings a subtotal up to the session minimum or down to the maximum; zero within them. */
    private static BigDecimal adjustment(TariffVersion version, BigDecimal subtotal) {
        if (version.minimumPerSession() != null && subtotal.compareTo(version.minimumPerSession()) < 0) {
            return version.minimumPerSession().subtract(subtotal);
        }
        if (version.maximumPerSession() != null && subtotal.compareTo(version.maximumPerSession()) > 0) {
            return version.maximumPerSession().subtract(subtotal);
        }
        return BigDecimal.ZERO;
    }

    /** Start, stop and every instant strictly between them where a price may change, in order. */
    private static List<Instant> cuts(Tariff tariff, ZoneId zone, ChargeRecord charge, Instant chargingEnd,
                                      Instant idleFrom) {
        Instant start = charge.startedAt();
        Instant stop = charge.stoppedAt();
        TreeSet<Instant> cuts = new TreeSet<>();
        cuts.add(start);
        cuts.add(stop);
        cuts.add(chargingEnd);
        cuts.add(idleFrom);
        for (TariffVersion version : tariff.versions()) {
            cuts.add(version.validFrom());
        }
        LocalDate lastDay = stop.atZone(zone).toLocalDate().plusDays(1);
        for (LocalDate day = start.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(lastDay);
             day = day.plusDays(1)) {
            cuts.addAll(instantsOf(day.atStartOfDay(), zone));
            for (TariffVersion version : tariff.versions()) {
                for (int minute : version.periodStarts(version.dayTypeOf(day))) {
                    cuts.addAll(instantsOf(day.atStartOfDay().plusMinutes(minute), zone));
                }
            }
        }
        return new ArrayList<>(cuts.subSet(start, true, stop, true));
    }

    /**
     * The instants a wall-clock time names in a zone: one normally, two in the hour repeated when clocks go
     * back, and in the hour skipped when they go forward the instant the wall clock jumps to.
     */
    private static List<Instant> instantsOf(LocalDateTime wallClock, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(wallClock);
        if (offsets.isEmpty()) {
            return List.of(ZonedDateTime.ofLocal(wallClock, zone, null).toInstant());
        }
        return offsets.stream().map(offset -> wallClock.toInstant(offset)).toList();
    }

    private static void add(Map<PriceComponent, BigDecimal> exact, PriceComponent component, BigDecimal amount) {
        exact.merge(component, amount, BigDecimal::add);
    }
}
