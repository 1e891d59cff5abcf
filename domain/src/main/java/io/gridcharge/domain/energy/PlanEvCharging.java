package io.gridcharge.domain.energy;

import io.gridcharge.domain.station.StationId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers an EV's charging needs with a charging schedule (OCPP 2.0.1 K15, K16, K17) and checks the EV's own plan
 * against it. The schedule is one TxProfile for the transaction on the EVSE, from now: at most what the EV takes
 * (its maximum current for AC, its maximum power for DC) and no more than the profiles the platform holds allow
 * there. It takes the id of the TxProfile the platform holds on the EVSE, so new needs (K17, K16.FR.12) replace
 * the one schedule. An EV plan above the TxProfile held at any moment is refused, and that TxProfile is sent
 * again: the renegotiation of K15.FR.13, K16.FR.08 and K17.FR.13, within the same limits.
 */
public final class PlanEvCharging {
    private static final Logger LOG = Logger.getLogger(PlanEvCharging.class.getName());
    /** When neither the EV nor a held profile bounds the EVSE: 32 A, the largest common AC connection. */
    static final BigDecimal DEFAULT_AMPERES = new BigDecimal("32");
    private static final int PHASES = 3;

    private final RecordSmartChargingReports reports;
    private final InstallChargingProfile install;
    private final InstalledProfiles installed;
    private final Clock clock;

    public PlanEvCharging(RecordSmartChargingReports reports, InstallChargingProfile install,
                          InstalledProfiles installed, Clock clock) {
        this.reports = reports;
        this.install = install;
        this.installed = installed;
        this.clock = clock;
    }

    /**
     * Keeps the needs and, when a transaction runs on the EVSE, sends the schedule for it: true (K15.FR.03, the
     * answer is Accepted). False when no transaction runs there, as a TxProfile needs one: the answer is
     * Processing (K15.FR.05) and the needs wait for the operator or a later renegotiation.
     */
    public boolean answer(EvChargingNeeds needs) {
        EvChargingNeeds kept = reports.needs(needs);
        if (kept.transactionId() == null) {
            return false;
        }
        send(kept);
        return true;
    }

    /**
     * K15.FR.11/12, K16.FR.06/07, K17.FR.11/12: kept in any case; true when the EV's plan stays within the
     * TxProfile the platform holds on the EVSE (or none is held), false when it exceeds it, and then a new
     * TxProfile is sent again.
     */
    public boolean acceptsEvSchedule(StationId stationId, int evseId, Instant timeBase, CompositeSchedule plan) {
        reports.evSchedule(stationId, evseId, timeBase, plan);
        Optional<ChargingProfile> given = txProfileOn(installed.of(stationId), evseId).map(
                InstalledChargingProfile::profile);
        if (given.isEmpty() || !exceeds(plan, timeBase, given.get())) {
            return true;
        }
        LOG.info(() -> "station " + stationId + ": the EV's plan on EVSE " + evseId
                + " exceeds its schedule; renegotiating");
        send(stationId, evseId, given.get());
        return false;
    }

    /** Whether the EV's plan, counted from {@code timeBase}, asks more than {@code given} at any of its periods. */
    private static boolean exceeds(CompositeSchedule plan, Instant timeBase, ChargingProfile given) {
        ChargingSchedule schedule = given.schedule();
        if (plan.unit() != schedule.unit()) {
            return false; // not comparable without the EV's voltage; the station checked it (K15.FR.07)
        }
        Instant givenStart = schedule.startSchedule() == null ? timeBase : schedule.startSchedule();
        for (CompositePeriod period : plan.periods()) {
            Instant at = timeBase.plusSeconds(period.startPeriod());
            if (period.limit() != null && period.limit().compareTo(limitAt(schedule, givenStart, at)) > 0) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal limitAt(ChargingSchedule schedule, Instant start, Instant at) {
        BigDecimal limit = schedule.periods().getFirst().limit();
        for (ChargingSchedulePeriod period : schedule.periods()) {
            if (!start.plusSeconds(period.startPeriod()).isAfter(at)) {
                limit = period.limit();
            }
        }
        return limit;
    }

    private void send(EvChargingNeeds needs) {
        send(needs.stationId(), needs.evseId(), schedule(needs, installed.of(needs.stationId())));
    }

    private void send(StationId stationId, int evseId, ChargingProfile profile) {
        try {
            install.install(stationId, evseId, profile).whenComplete((installation, failure) -> {
                if (failure != null) {
                    LOG.log(Level.WARNING, "station " + stationId + ": the EV's schedule on EVSE " + evseId
                            + " was not installed", failure);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "station " + stationId + ": no schedule for EVSE " + evseId, e);
        }
    }

    /** The TxProfile for the needs: one period from now at the lowest of the EV's maximum and what is allowed. */
    private ChargingProfile schedule(EvChargingNeeds needs, StationChargingProfiles held) {
        ChargingRateUnit unit = needs.energyTransfer().startsWith("DC") ? ChargingRateUnit.WATTS
                : ChargingRateUnit.AMPERES;
        BigDecimal limit = lowest(evMaximum(needs, unit), allowed(needs.evseId(), unit, held));
        if (limit == null) {
            limit = unit == ChargingRateUnit.AMPERES ? DEFAULT_AMPERES
                    : DEFAULT_AMPERES.multiply(CompositeScheduleCalculator.VOLTS).multiply(BigDecimal.valueOf(PHASES));
        }
        int id = txProfileOn(held, needs.evseId()).map(p -> p.profile().id())
                .orElse(held.profiles().stream().mapToInt(p -> p.profile().id()).max().orElse(0) + 1);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return new ChargingProfile(id, 0, ChargingProfilePurpose.TX, ChargingProfileKind.ABSOLUTE, null, null, null,
                null, new ChargingSchedule(now, null, unit,
                List.of(new ChargingSchedulePeriod(0, limit.setScale(1, RoundingMode.DOWN), null)), null));
    }

    private static BigDecimal evMaximum(EvChargingNeeds needs, ChargingRateUnit unit) {
        Integer maximum = unit == ChargingRateUnit.WATTS ? needs.evMaxPowerW() : needs.evMaxCurrentA();
        return maximum == null ? null : BigDecimal.valueOf(maximum);
    }

    /** What the other profiles the platform holds allow on the EVSE now, or null when none limits it. */
    private BigDecimal allowed(int evseId, ChargingRateUnit unit, StationChargingProfiles held) {
        List<InstalledChargingProfile> others = held.profiles().stream()
                .filter(p -> p.profile().purpose() != ChargingProfilePurpose.TX).toList();
        CompositeSchedule composite = CompositeScheduleCalculator.calculate(clock, evseId, Duration.ofSeconds(1),
                unit, others, Optional.empty());
        return composite.periods().isEmpty() ? null : composite.periods().getFirst().limit();
    }

    private static BigDecimal lowest(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }

    private static Optional<InstalledChargingProfile> txProfileOn(StationChargingProfiles held, int evseId) {
        return held.profiles().stream()
                .filter(p -> p.connectorId() == evseId && p.profile().purpose() == ChargingProfilePurpose.TX)
                .findFirst();
    }
}
