package io.gridcharge.domain.energy;

import static io.gridcharge.domain.energy.Profiles.T0;
import static io.gridcharge.domain.energy.Profiles.aStationMax;
import static io.gridcharge.domain.energy.Profiles.aTxDefault;
import static io.gridcharge.domain.energy.Profiles.aTxProfile;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.energy.CompositeScheduleCalculator.RunningTransaction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The platform's composite schedule, case by case: profiles in, periods (offset → limit) out. */
class CompositeScheduleCalculatorTest {
    private static final RunningTransaction TRANSACTION_7 = new RunningTransaction(7, T0.minusSeconds(600));

    /**
     * @param expected "offset=limit" per period, "-" for no limit from any profile
     */
    record Case(String name, Instant now, int connectorId, int durationSeconds, ChargingRateUnit unit,
                List<InstalledChargingProfile> profiles, RunningTransaction transaction, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("no profile leaves the connector unlimited", T0, 1, 3600, ChargingRateUnit.AMPERES,
                        List.of(), null, List.of("0=-")),
                new Case("a TxDefaultProfile on connector 0 applies to every connector", T0, 2, 3600,
                        ChargingRateUnit.AMPERES,
                        List.of(aTxDefault().period(0, "16").period(1800, "10").on(0)), null,
                        List.of("0=16", "1800=10")),
                new Case("the higher stack level prevails while its schedule runs, then the lower one returns", T0,
                        1, 3600, ChargingRateUnit.AMPERES,
                        List.of(aTxDefault().id(1).stackLevel(0).period(0, "20").on(1),
                                aTxDefault().id(2).stackLevel(1).lasting(900).period(0, "6").on(1)),
                        null, List.of("0=6", "900=20")),
                new Case("a higher stack level prevails even with a higher limit", T0, 1, 600, ChargingRateUnit.AMPERES,
                        List.of(aTxDefault().id(1).stackLevel(0).period(0, "10").on(1),
                                aTxDefault().id(2).stackLevel(3).period(0, "25").on(1)),
                        null, List.of("0=25")),
                new Case("a connector's own TxDefaultProfile overrides the one on connector 0", T0, 1, 600,
                        ChargingRateUnit.AMPERES,
                        List.of(aTxDefault().id(1).stackLevel(5).period(0, "32").on(0),
                                aTxDefault().id(2).stackLevel(0).period(0, "8").on(1)),
                        null, List.of("0=8")),
                new Case("a TxProfile overrules the TxDefaultProfile during its transaction", T0, 1, 3600,
                        ChargingRateUnit.AMPERES,
                        List.of(aTxDefault().id(1).stackLevel(9).period(0, "16").on(0),
                                aTxProfile().id(2).forTransaction(7).period(0, "11").on(1)),
                        TRANSACTION_7, List.of("0=11")),
                new Case("a TxProfile of another transaction is not followed", T0, 1, 3600, ChargingRateUnit.AMPERES,
                        List.of(aTxDefault().id(1).period(0, "16").on(0),
                                aTxProfile().id(2).forTransaction(6).period(0, "11").on(1)),
                        TRANSACTION_7, List.of("0=16")),
                new Case("without a running transaction a TxProfile is not followed", T0, 1, 3600,
                        ChargingRateUnit.AMPERES,
                        List.of(aTxProfile().id(2).period(0, "11").on(1)), null, List.of("0=-")),
                new Case("the ChargePointMaxProfile caps the transaction's limit where it is lower", T0, 1, 3600,
                        ChargingRateUnit.AMPERES,
                        List.of(aStationMax().id(1).period(0, "32").period(1200, "12").on(0),
                                aTxDefault().id(2).period(0, "16").on(1)),
                        null, List.of("0=16", "1200=12")),
                new Case("connector 0 reports the ChargePointMaxProfile alone", T0, 0, 3600, ChargingRateUnit.AMPERES,
                        List.of(aStationMax().id(1).period(0, "40").on(0), aTxDefault().id(2).period(0, "16").on(0)),
                        null, List.of("0=40")),
                new Case("an absolute schedule that started before now is entered mid-period", T0.plusSeconds(1000), 1,
                        3600, ChargingRateUnit.AMPERES,
                        List.of(aTxDefault().period(0, "16").period(1800, "10").period(3600, "6").on(1)), null,
                        List.of("0=16", "800=10", "2600=6")),
                new Case("a profile is followed only within its validity", T0, 1, 3600, ChargingRateUnit.AMPERES,
                        List.of(aTxDefault().id(1).period(0, "16").on(1),
                                aTxDefault().id(2).stackLevel(1).validBetween(T0.plusSeconds(600), T0.plusSeconds(1200))
                                        .period(0, "5").on(1)),
                        null, List.of("0=16", "600=5", "1200=16")),
                new Case("a daily profile repeats at the same time the next day", T0.plusSeconds(20 * 3600), 1,
                        8 * 3600, ChargingRateUnit.AMPERES,
                        List.of(aTxDefault().recurring(RecurrencyKind.DAILY).startingAt(Instant.parse("2026-03-01T22:00:00Z"))
                                .period(0, "32").period(8 * 3600, "10").on(1)),
                        null, List.of("0=32", "7200=10")),
                new Case("a daily profile with a duration leaves a gap until it recurs", T0, 1, 86400,
                        ChargingRateUnit.AMPERES,
                        List.of(aTxDefault().id(1).period(0, "16").on(1),
                                aTxDefault().id(2).stackLevel(1).recurring(RecurrencyKind.DAILY)
                                        .startingAt(Instant.parse("2026-03-01T18:00:00Z")).lasting(4 * 3600)
                                        .period(0, "6").on(1)),
                        null, List.of("0=16", "36000=6", "50400=16")),
                new Case("a relative profile counts from the transaction's start", T0, 1, 3600, ChargingRateUnit.AMPERES,
                        List.of(aTxProfile().relative().period(0, "32").period(900, "16").on(1)),
                        TRANSACTION_7, List.of("0=32", "300=16")),
                new Case("a relative profile without a transaction counts from now", T0, 1, 3600,
                        ChargingRateUnit.AMPERES,
                        List.of(aTxDefault().relative().period(0, "32").period(900, "16").on(1)), null,
                        List.of("0=32", "900=16")),
                new Case("amperes are converted to watts at 230 V on the period's phases", T0, 1, 600,
                        ChargingRateUnit.WATTS,
                        List.of(aTxDefault().period(0, "16", 1).on(1)), null, List.of("0=3680")),
                new Case("watts are converted to amperes on three phases when none are given, rounded down", T0, 1,
                        600, ChargingRateUnit.AMPERES,
                        List.of(aTxDefault().inWatts().period(0, "11000").on(1)), null, List.of("0=15.9")),
                new Case("limits in two units are compared in the unit asked for", T0, 1, 600, ChargingRateUnit.WATTS,
                        List.of(aStationMax().inWatts().id(1).period(0, "7400").on(0),
                                aTxDefault().id(2).period(0, "16").on(1)),
                        null, List.of("0=7400")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCompositeScheduleIsAsTheSpecStacksTheProfiles(Case c) {
        CompositeSchedule schedule = CompositeScheduleCalculator.calculate(Clock.fixed(c.now(), ZoneOffset.UTC),
                c.connectorId(), Duration.ofSeconds(c.durationSeconds()), c.unit(), c.profiles(),
                Optional.ofNullable(c.transaction()));

        assertThat(schedule.start()).isEqualTo(c.now());
        assertThat(schedule.durationSeconds()).isEqualTo(c.durationSeconds());
        assertThat(schedule.unit()).isEqualTo(c.unit());
        assertThat(schedule.periods().stream().map(CompositeScheduleCalculatorTest::shown).toList())
                .isEqualTo(c.expected());
    }

    private static String shown(CompositePeriod period) {
        BigDecimal limit = period.limit();
        return period.startPeriod() + "=" + (limit == null ? "-" : limit.toPlainString());
    }
}
