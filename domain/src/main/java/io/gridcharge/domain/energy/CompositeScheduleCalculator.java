package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The platform's expectation of a connector's composite schedule, computed from the profiles it believes the
 * station holds: a pure function of the clock and its inputs (no I/O), so it is tested with tables of cases.
 *
 * <p>At each moment (OCPP 1.6 §3.13.2, §3.13.3): within a purpose, the profile with the highest stack level
 * among those in force wins; a profile is in force while it is valid (validFrom ≤ t &lt; validTo) and its
 * schedule runs (from its start for its duration). A connector's transaction follows its TxProfile, else its
 * own TxDefaultProfile, else the one on connector 0; a TxProfile counts only while its transaction runs. The
 * ChargePointMaxProfile caps the result. Connector 0 reports the ChargePointMaxProfile alone.
 *
 * <p>Where the spec leaves room: a relative schedule counts from the transaction's start, or from the
 * composite's start when no transaction runs; profiles in another unit are converted at {@link #VOLTS} per
 * phase and their period's phases (3 when unset, §7.14), rounded down to 0.1 so that no limit grows.
 */
public final class CompositeScheduleCalculator {
    /** Nominal phase voltage (IEC 60038 low voltage, 230/400 V) used to convert between A and W. */
    public static final BigDecimal VOLTS = new BigDecimal("230");
    private static final int DEFAULT_PHASES = 3;

    /** The transaction running on the connector, if any: its platform id and start. */
    public record RunningTransaction(long id, Instant startedAt) {
        public RunningTransaction {
            Require.present(startedAt, "startedAt");
        }
    }

    private CompositeScheduleCalculator() {
    }

    /**
     * The composite schedule of {@code connectorId} from the clock's current second for {@code duration},
     * in {@code unit}.
     */
    public static CompositeSchedule calculate(Clock clock, int connectorId, Duration duration, ChargingRateUnit unit,
                                              List<InstalledChargingProfile> profiles,
                                              Optional<RunningTransaction> transaction) {
        if (duration.toSeconds() < 1) {
            throw new InvalidInput("duration", "must be 1 or more");
        }
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plusSeconds(duration.toSeconds());
        List<InstalledChargingProfile> relevant = relevant(connectorId, profiles, transaction);
        Window window = new Window(start, end, transaction.map(RunningTransaction::startedAt).orElse(start));

        List<CompositePeriod> periods = new ArrayList<>();
        for (Instant at : window.breakpoints(relevant)) {
            Limit limit = limitAt(at, connectorId, relevant, window, unit);
            CompositePeriod period = new CompositePeriod((int) Duration.between(start, at).toSeconds(),
                    limit == null ? null : limit.value(), limit == null ? null : limit.phases());
            if (periods.isEmpty() || !sameLimit(periods.getLast(), period)) {
                periods.add(period);
            }
        }
        return new CompositeSchedule(start, (int) duration.toSeconds(), unit, periods);
    }

    /** The profiles that can bear on the connector: a TxProfile only for its running transaction. */
    private static List<InstalledChargingProfile> relevant(int connectorId, List<InstalledChargingProfile> profiles,
                                                           Optional<RunningTransaction> transaction) {
        return profiles.stream().filter(installed -> {
            ChargingProfile profile = installed.profile();
            return switch (profile.purpose()) {
                case CHARGE_POINT_MAX -> true;
                case TX_DEFAULT -> connectorId != 0 && (installed.connectorId() == 0 || installed.connectorId() == connectorId);
                case TX -> connectorId != 0 && installed.connectorId() == connectorId && transaction.isPresent()
                        && (profile.transactionId() == null || profile.transactionId() == transaction.get().id());
            };
        }).toList();
    }

    private static Limit limitAt(Instant at, int connectorId, List<InstalledChargingProfile> profiles, Window window,
                                 ChargingRateUnit unit) {
        Limit stationMax = prevailing(at, profiles, window, unit, ChargingProfilePurpose.CHARGE_POINT_MAX, null);
        if (connectorId == 0) {
            return stationMax;
        }
        Limit transaction = prevailing(at, profiles, window, unit, ChargingProfilePurpose.TX, connectorId);
        if (transaction == null) {
            transaction = prevailing(at, profiles, window, unit, ChargingProfilePurpose.TX_DEFAULT, connectorId);
        }
        if (transaction == null) {
            transaction = prevailing(at, profiles, window, unit, ChargingProfilePurpose.TX_DEFAULT, 0);
        }
        return Limit.lower(stationMax, transaction);
    }

    /** The limit of the highest stack level in force at {@code at}, among one purpose on one connector. */
    private static Limit prevailing(Instant at, List<InstalledChargingProfile> profiles, Window window,
                                    ChargingRateUnit unit, ChargingProfilePurpose purpose, Integer connectorId) {
        return profiles.stream()
                .filter(p -> p.profile().purpose() == purpose)
                .filter(p -> connectorId == null || p.connectorId() == connectorId)
                .sorted(Comparator.comparingInt((InstalledChargingProfile p) -> p.profile().stackLevel()).reversed())
                .map(p -> limitOf(p.profile(), at, window, unit))
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static Limit limitOf(ChargingProfile profile, Instant at, Window window, ChargingRateUnit unit) {
        if (!profile.isValidAt(at)) {
            return null;
        }
        Instant scheduleStart = window.scheduleStart(profile, at);
        ChargingSchedule schedule = profile.schedule();
        if (scheduleStart == null || at.isBefore(scheduleStart)) {
            return null;
        }
        long offset = Duration.between(scheduleStart, at).toSeconds();
        if (schedule.durationSeconds() != null && offset >= schedule.durationSeconds()) {
            return null;
        }
        ChargingSchedulePeriod current = schedule.periods().getFirst();
        for (ChargingSchedulePeriod period : schedule.periods()) {
            if (period.startPeriod() <= offset) {
                current = period;
            }
        }
        return Limit.of(current, schedule.unit(), unit);
    }

    private static boolean sameLimit(CompositePeriod a, CompositePeriod b) {
        return Objects.equals(a.limit(), b.limit()) && Objects.equals(a.numberPhases(), b.numberPhases());
    }

    /** The composite's time span, and where relative schedules count from. */
    private record Window(Instant start, Instant end, Instant relativeStart) {

        /** Where the profile's schedule runs from for the moment {@code at}; null before a recurrence begins. */
        Instant scheduleStart(ChargingProfile profile, Instant at) {
            return switch (profile.kind()) {
                case ABSOLUTE -> profile.schedule().startSchedule();
                case RELATIVE -> relativeStart;
                case RECURRING -> {
                    Instant anchor = profile.schedule().startSchedule();
                    if (at.isBefore(anchor)) {
                        yield null;
                    }
                    long period = profile.recurrency().period().toSeconds();
                    long cycles = Duration.between(anchor, at).toSeconds() / period;
                    yield anchor.plusSeconds(cycles * period);
                }
            };
        }

        /**
         * Every instant in [start, end) where a limit may change: the start, each profile's validity bounds,
         * and for each run of each schedule its periods' starts and its end. Rounded up to whole seconds.
         */
        TreeSet<Instant> breakpoints(List<InstalledChargingProfile> profiles) {
            TreeSet<Instant> points = new TreeSet<>();
            points.add(start);
            for (InstalledChargingProfile installed : profiles) {
                ChargingProfile profile = installed.profile();
                add(points, profile.validFrom());
                add(points, profile.validTo());
                for (Instant run : runs(profile)) {
                    for (ChargingSchedulePeriod period : profile.schedule().periods()) {
                        add(points, run.plusSeconds(period.startPeriod()));
                    }
                    if (profile.schedule().durationSeconds() != null) {
                        add(points, run.plusSeconds(profile.schedule().durationSeconds()));
                    }
                }
            }
            return points;
        }

        /** The starts of the profile's schedule that can reach into the window. */
        private List<Instant> runs(ChargingProfile profile) {
            if (profile.kind() != ChargingProfileKind.RECURRING) {
                return List.of(scheduleStart(profile, start));
            }
            Instant anchor = profile.schedule().startSchedule();
            long period = profile.recurrency().period().toSeconds();
            Instant first = start.isBefore(anchor) ? anchor : scheduleStart(profile, start);
            List<Instant> runs = new ArrayList<>();
            for (Instant run = first; run.isBefore(end); run = run.plusSeconds(period)) {
                runs.add(run);
            }
            return runs;
        }

        private void add(TreeSet<Instant> points, Instant at) {
            if (at == null) {
                return;
            }
            Instant second = at.truncatedTo(ChronoUnit.SECONDS);
            Instant rounded = second.equals(at) ? at : second.plusSeconds(1);
            if (rounded.isAfter(start) && rounded.isBefore(end)) {
                points.add(rounded);
            }
        }
    }

    /** A limit in the composite's unit, with the phases it was given for (null: the station's default). */
    private record Limit(BigDecimal value, Integer phases) {
        private static final BigDecimal STEP = new BigDecimal("0.1");

        static Limit of(ChargingSchedulePeriod period, ChargingRateUnit from, ChargingRateUnit to) {
            BigDecimal value = period.limit();
            if (from != to) {
                BigDecimal perAmpere = VOLTS.multiply(BigDecimal.valueOf(
                        period.numberPhases() == null ? DEFAULT_PHASES : period.numberPhases()));
                value = to == ChargingRateUnit.WATTS ? value.multiply(perAmpere)
                        : value.divide(perAmpere, 1, RoundingMode.FLOOR);
            }
            return new Limit(Rates.rate(value.divide(STEP, 0, RoundingMode.FLOOR).multiply(STEP), "limit"),
                    period.numberPhases());
        }

        static Limit lower(Limit a, Limit b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return b.value.compareTo(a.value) < 0 ? b : a;
        }
    }
}
