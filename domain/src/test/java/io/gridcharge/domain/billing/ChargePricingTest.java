package io.gridcharge.domain.billing;

import static io.gridcharge.domain.billing.Tariffs.aFlatTariff;
import static io.gridcharge.domain.billing.Tariffs.aTariff;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven pricing (issue 7): time-of-use boundaries, daylight-saving change days, weekends and holidays,
 * tariff versions, per-minute and idle fees, session fee, minimum and maximum. Times are UTC instants; the
 * site is in Berlin (CET, UTC+1; CEST, UTC+2 from 2026-03-29 01:00Z until 2026-10-25 01:00Z).
 */
class ChargePricingTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Weekday: off-peak 0.20 until 07:00, peak 0.40 until 20:00, off-peak again. Weekend: 0.10 until 06:00, then 0.30. */
    private static Tariffs timeOfUse() {
        return aTariff()
                .weekday("00:00", "07:00", "0.20").weekday("07:00", "20:00", "0.40").weekday("20:00", "24:00", "0.20")
                .weekend("00:00", "06:00", "0.10").weekend("06:00", "24:00", "0.30");
    }

    record Case(String name, Tariff tariff, ChargeRecord charge, Map<PriceComponent, String> expected,
                String total) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("flat price: 10 kWh at 0.30", aFlatTariff("0.30").build(),
                        steady("2026-03-10T10:00:00Z", "2026-03-10T12:00:00Z", 0, 10_000),
                        Map.of(PriceComponent.ENERGY, "3.00"), "3.00"),
                new Case("weekday off-peak to peak at 07:00 local (06:00Z): 2 kWh each side", timeOfUse().build(),
                        steady("2026-03-10T05:00:00Z", "2026-03-10T07:00:00Z", 0, 4_000),
                        Map.of(PriceComponent.ENERGY, "1.20"), "1.20"),
                new Case("spring forward: local 00:00-08:00 lasts 7 h, 5 of them off-peak", timeOfUse().build(),
                        steady("2026-03-28T23:00:00Z", "2026-03-29T06:00:00Z", 0, 7_000),
                        Map.of(PriceComponent.ENERGY, "1.10"), "1.10"),
                new Case("fall back: local 00:00-07:00 lasts 8 h, 7 of them off-peak", timeOfUse().build(),
                        steady("2026-10-24T22:00:00Z", "2026-10-25T06:00:00Z", 0, 8_000),
                        Map.of(PriceComponent.ENERGY, "1.00"), "1.00"),
                new Case("Friday evening into Saturday: weekday off-peak then weekend off-peak then weekend day",
                        timeOfUse().build(),
                        steady("2026-03-13T21:00:00Z", "2026-03-14T07:00:00Z", 0, 10_000),
                        // 22:00-24:00 local Fri 2 kWh at 0.20, 00:00-06:00 Sat 6 at 0.10, 06:00-08:00 Sat 2 at 0.30
                        Map.of(PriceComponent.ENERGY, "1.60"), "1.60"),
                new Case("a listed holiday with prices of its own", timeOfUse().holiday("00:00", "24:00", "0.05")
                        .holidayOn("2026-05-01").build(),
                        steady("2026-05-01T08:00:00Z", "2026-05-01T10:00:00Z", 0, 4_000),
                        Map.of(PriceComponent.ENERGY, "0.20"), "0.20"),
                new Case("a listed holiday without prices of its own is priced as a weekend",
                        timeOfUse().holidayOn("2026-05-01").build(),
                        steady("2026-05-01T08:00:00Z", "2026-05-01T10:00:00Z", 0, 4_000),
                        Map.of(PriceComponent.ENERGY, "1.20"), "1.20"),
                new Case("a new tariff version at 12:00Z takes over mid-charge",
                        new Tariff(List.of(aFlatTariff("0.30").version(),
                                aFlatTariff("0.50").validFrom("2026-03-10T12:00:00Z").version())),
                        steady("2026-03-10T11:00:00Z", "2026-03-10T13:00:00Z", 0, 2_000),
                        Map.of(PriceComponent.ENERGY, "0.80"), "0.80"),
                new Case("service fee per kWh on top of energy", aFlatTariff("0.30").serviceFeePerKwh("0.05").build(),
                        steady("2026-03-10T10:00:00Z", "2026-03-10T12:00:00Z", 0, 10_000),
                        Map.of(PriceComponent.ENERGY, "3.00", PriceComponent.SERVICE, "0.50"), "3.50"),
                new Case("idle fee after 15 min grace: charging ends 11:00, stop 11:45 -> 30 idle minutes",
                        aFlatTariff("0.30").idleFee("0.10", 15).build(),
                        readings("2026-03-10T10:00:00Z", 0, "2026-03-10T11:00:00Z", 5_000,
                                "2026-03-10T11:30:00Z", 5_000, "2026-03-10T11:45:00Z", 5_000),
                        Map.of(PriceComponent.ENERGY, "1.50", PriceComponent.IDLE, "3.00"), "4.50"),
                new Case("idle within the grace period costs nothing", aFlatTariff("0.30").idleFee("0.10", 60).build(),
                        readings("2026-03-10T10:00:00Z", 0, "2026-03-10T11:00:00Z", 5_000,
                                "2026-03-10T11:45:00Z", 5_000),
                        Map.of(PriceComponent.ENERGY, "1.50"), "1.50"),
                new Case("per minute of charging, not of idling", aFlatTariff("0").perMinute("0.05").build(),
                        readings("2026-03-10T10:00:00Z", 0, "2026-03-10T11:30:00Z", 9_000,
                                "2026-03-10T12:00:00Z", 9_000),
                        Map.of(PriceComponent.TIME, "4.50"), "4.50"),
                new Case("uneven readings: fast first half hour across the 07:00 boundary", timeOfUse().build(),
                        readings("2026-03-10T05:30:00Z", 0, "2026-03-10T06:00:00Z", 3_000,
                                "2026-03-10T06:30:00Z", 4_000),
                        Map.of(PriceComponent.ENERGY, "1.00"), "1.00"),
                new Case("session fee and minimum: 0.03 + 0.50 lifted to 1.00",
                        aFlatTariff("0.30").sessionFee("0.50").minimum("1.00").build(),
                        steady("2026-03-10T10:00:00Z", "2026-03-10T10:10:00Z", 0, 100),
                        Map.of(PriceComponent.ENERGY, "0.03", PriceComponent.SESSION, "0.50",
                                PriceComponent.ADJUSTMENT, "0.47"), "1.00"),
                new Case("maximum caps a long charge", aFlatTariff("0.50").maximum("30").build(),
                        steady("2026-03-10T00:00:00Z", "2026-03-10T10:00:00Z", 0, 100_000),
                        Map.of(PriceComponent.ENERGY, "50.00", PriceComponent.ADJUSTMENT, "-20.00"), "30.00"),
                new Case("each component rounded half-up once; the total is their sum",
                        aFlatTariff("0.333").serviceFeePerKwh("0.0333").build(),
                        steady("2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z", 0, 1_234),
                        Map.of(PriceComponent.ENERGY, "0.41", PriceComponent.SERVICE, "0.04"), "0.45"),
                new Case("a charge that delivered nothing is idle from its start", aFlatTariff("0.30")
                        .idleFee("0.20", 10).build(),
                        steady("2026-03-10T10:00:00Z", "2026-03-10T10:30:00Z", 1_000, 1_000),
                        Map.of(PriceComponent.IDLE, "4.00"), "4.00"),
                new Case("yen have no minor unit", aFlatTariff("35.5").in("JPY").build(),
                        steady("2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z", 0, 3_000),
                        Map.of(PriceComponent.ENERGY, "107"), "107"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pricesTheChargeComponentByComponent(Case c) {
        PricedCharge priced = ChargePricing.price(c.tariff(), BERLIN, c.charge());

        for (PriceComponent component : PriceComponent.values()) {
            String expected = c.expected().getOrDefault(component, "0");
            assertThat(priced.component(component).amount())
                    .as(component.name())
                    .isEqualByComparingTo(new BigDecimal(expected));
        }
        assertThat(priced.total().amount()).isEqualByComparingTo(new BigDecimal(c.total()));
    }

    @Test
    void slicesSplitTheEnergyExactlyAndTheBreakdownAddsUpToTheTotalForAnyCharge() {
        Random random = new Random(7);
        Tariff tariff = timeOfUse().serviceFeePerKwh("0.0417").perMinute("0.013").idleFee("0.07", 10)
                .sessionFee("0.35").holiday("00:00", "12:00", "0.11").holiday("12:00", "24:00", "0.17")
                .holidayOn("2026-10-25").build();
        for (int run = 0; run < 500; run++) {
            Instant start = Instant.parse("2026-10-20T00:00:00Z").plusSeconds(random.nextInt(10 * 86_400));
            List<Object> points = new ArrayList<>();
            Instant at = start;
            long wh = random.nextInt(100_000);
            points.add(at.toString());
            points.add(wh);
            for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                at = at.plusSeconds(1 + random.nextInt(4 * 3600));
                wh += random.nextInt(3) == 0 ? 0 : random.nextInt(15_000);
                points.add(at.toString());
                points.add(wh);
            }
            ChargeRecord charge = readings(points.toArray());

            PricedCharge priced = ChargePricing.price(tariff, BERLIN, charge);

            BigDecimal sliced = priced.slices().stream().map(PricedSlice::energyWh)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sliced).isEqualByComparingTo(BigDecimal.valueOf(charge.energyWh()));
            BigDecimal sum = priced.components().values().stream().map(Money::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(priced.total().amount()).isEqualByComparingTo(sum);
            assertThat(priced.total().amount().scale()).isEqualTo(2);
            assertThat(priced.slices().getFirst().from()).isEqualTo(charge.startedAt());
            assertThat(priced.slices().getLast().to()).isEqualTo(charge.stoppedAt());
        }
    }

    @Test
    void aSliceNeverSpansAPriceBoundaryOnTheDaysClocksChange() {
        PricedCharge priced = ChargePricing.price(timeOfUse().build(), BERLIN,
                steady("2026-03-28T23:00:00Z", "2026-03-29T06:00:00Z", 0, 7_000));

        assertThat(priced.slices()).extracting(PricedSlice::from)
                .contains(Instant.parse("2026-03-29T04:00:00Z"));
        assertThat(priced.slices()).allSatisfy(slice -> assertThat(slice.energyPricePerKwh())
                .isEqualByComparingTo(slice.from().isBefore(Instant.parse("2026-03-29T04:00:00Z")) ? "0.10" : "0.30"));
    }

    private static ChargeRecord steady(String from, String to, long startWh, long stopWh) {
        return readings(from, startWh, to, stopWh);
    }

    /** Alternating instant text and register Wh: the first is the start, the last the stop. */
    static ChargeRecord readings(Object... timeAndWh) {
        List<MeterReading> readings = new ArrayList<>();
        for (int i = 0; i < timeAndWh.length; i += 2) {
            readings.add(new MeterReading(Instant.parse((String) timeAndWh[i]), ((Number) timeAndWh[i + 1]).longValue()));
        }
        return new ChargeRecord(readings.getFirst().at(), readings.getLast().at(), readings);
    }
}
