package io.gridcharge.sim.ocpp16;

import io.gridcharge.ocpp.v16.smartcharging.ChargingProfile;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfileKindType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfilePurposeType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingRateUnitType;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedule;
import io.gridcharge.ocpp.v16.smartcharging.ChargingSchedulePeriod;
import io.gridcharge.ocpp.v16.smartcharging.ClearChargingProfileRequest;
import io.gridcharge.sim.charger.ChargerSpec;
import io.gridcharge.sim.charger.ChargingLimits;
import io.gridcharge.sim.charger.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The charging profiles a simulated OCPP 1.6 station holds and the limit they add up to (OCPP 1.6 §3.13): per
 * purpose, the valid profile of the highest stack level decides; a TxProfile overrides the TxDefaultProfile for
 * its transaction; the ChargePointMaxProfile caps the station as a whole. The station's own composite, small on
 * purpose: the platform's calculator is the platform's, and a simulator that shared it could not catch its bugs.
 * A simulated 2.0.1 station keeps its profiles here too, translated (OCPP 2.0.1 K01 stacks them the same way).
 */
public final class StationSchedule implements ChargingLimits {
    private static final long DAY = Duration.ofDays(1).toSeconds();
    private static final long WEEK = Duration.ofDays(7).toSeconds();

    private record Installed(int connectorId, ChargingProfile profile, Instant installedAt) {
    }

    private final List<Installed> profiles = new ArrayList<>();
    /** The central system's transaction id for each of the charger's own transaction numbers. */
    private final Map<Integer, Integer> transactionIds;

    public StationSchedule(Map<Integer, Integer> transactionIds) {
        this.transactionIds = transactionIds;
    }

    public StationSchedule() {
        this(new ConcurrentHashMap<>());
    }

    /** OCPP 1.6 §5.16: false (Rejected) for a profile this connector cannot take now. */
    public synchronized boolean install(int connectorId, ChargingProfile profile, Transaction running, Instant at) {
        var purpose = profile.chargingProfilePurpose();
        if (purpose == ChargingProfilePurposeType.ChargePointMaxProfile && connectorId != 0) {
            return false;
        }
        if (purpose == ChargingProfilePurposeType.TxProfile) {
            // A TxProfile needs a transaction on its connector, and the id it names must be that one (§3.13.4).
            if (connectorId == 0 || running == null || (profile.transactionId() != null
                    && !profile.transactionId().equals(transactionIds.get(running.localId())))) {
                return false;
            }
        }
        profiles.removeIf(p -> p.profile.chargingProfileId().equals(profile.chargingProfileId())
                || (p.connectorId == connectorId && p.profile.chargingProfilePurpose() == purpose
                && p.profile.stackLevel().equals(profile.stackLevel())));
        profiles.add(new Installed(connectorId, profile, at));
        return true;
    }

    /** OCPP 1.6 §5.5: by id, or by every criterion given; true when something was cleared. */
    public synchronized boolean clear(ClearChargingProfileRequest request) {
        return profiles.removeIf(p -> request.id() != null ? p.profile.chargingProfileId().equals(request.id())
                : (request.connectorId() == null || request.connectorId() == p.connectorId)
                && (request.chargingProfilePurpose() == null
                        || request.chargingProfilePurpose() == p.profile.chargingProfilePurpose())
                && (request.stackLevel() == null || request.stackLevel().equals(p.profile.stackLevel())));
    }

    /** A TxProfile lives as long as its transaction (OCPP 1.6 §3.13.4). */
    public synchronized void transactionEnded(int connectorId) {
        profiles.removeIf(p -> p.connectorId == connectorId
                && p.profile.chargingProfilePurpose() == ChargingProfilePurposeType.TxProfile);
    }

    public synchronized int size() {
        return profiles.size();
    }

    @Override
    public synchronized double connectorLimitW(int connectorId, Instant now, Transaction transaction, int phases) {
        Instant txStart = transaction == null ? null : transaction.startedAt();
        OptionalDouble tx = transaction == null ? OptionalDouble.empty()
                : highest(ChargingProfilePurposeType.TxProfile, connectorId, false, now, txStart, phases);
        OptionalDouble limit = tx.isPresent() ? tx
                : highest(ChargingProfilePurposeType.TxDefaultProfile, connectorId, true, now, txStart, phases);
        return limit.orElse(Double.POSITIVE_INFINITY);
    }

    @Override
    public synchronized double stationLimitW(Instant now, int phases) {
        return highest(ChargingProfilePurposeType.ChargePointMaxProfile, 0, true, now, null, phases)
                .orElse(Double.POSITIVE_INFINITY);
    }

    /**
     * The limit of the highest stack level that is in force now; a connector's own profile beats one on
     * connector 0 at the same level. Profiles outside their validity or schedule duration give way to lower ones.
     */
    private OptionalDouble highest(ChargingProfilePurposeType purpose, int connectorId, boolean orStation,
                                   Instant now, Instant txStart, int phases) {
        return profiles.stream()
                .filter(p -> p.profile.chargingProfilePurpose() == purpose)
                .filter(p -> p.connectorId == connectorId || (orStation && p.connectorId == 0))
                .sorted(Comparator.comparing((Installed p) -> p.profile.stackLevel())
                        .thenComparing(p -> p.connectorId == connectorId ? 1 : 0).reversed())
                .map(p -> limitOf(p, now, txStart, phases))
                .filter(OptionalDouble::isPresent)
                .findFirst().orElse(OptionalDouble.empty());
    }

    static OptionalDouble limitOf(ChargingProfile profile, Instant installedAt, Instant now, Instant txStart, int phases) {
        if ((profile.validFrom() != null && now.isBefore(profile.validFrom()))
                || (profile.validTo() != null && !now.isBefore(profile.validTo()))) {
            return OptionalDouble.empty();
        }
        ChargingSchedule schedule = profile.chargingSchedule();
        Instant fallbackStart = profile.validFrom() != null ? profile.validFrom() : installedAt;
        Instant start = schedule.startSchedule() != null ? schedule.startSchedule() : fallbackStart;
        long offset;
        if (profile.chargingProfileKind() == ChargingProfileKindType.Relative) {
            offset = Duration.between(txStart != null ? txStart : now, now).toSeconds();
        } else if (profile.chargingProfileKind() == ChargingProfileKindType.Recurring) {
            long period = profile.recurrencyKind() == io.gridcharge.ocpp.v16.smartcharging.RecurrencyKindType.Weekly
                    ? WEEK : DAY;
            offset = Math.floorMod(Duration.between(start, now).toSeconds(), period);
        } else {
            offset = Duration.between(start, now).toSeconds();
        }
        if (offset < 0 || (schedule.duration() != null && offset >= schedule.duration())) {
            return OptionalDouble.empty();
        }
        ChargingSchedulePeriod current = null;
        for (ChargingSchedulePeriod period : schedule.chargingSchedulePeriod()) {
            if (period.startPeriod() <= offset && (current == null || period.startPeriod() >= current.startPeriod())) {
                current = period;
            }
        }
        if (current == null) {
            return OptionalDouble.empty();
        }
        double limit = current.limit().doubleValue();
        if (schedule.chargingRateUnit() == ChargingRateUnitType.A) {
            // OCPP 1.6 §7.13: numberPhases defaults to 3; a car on fewer phases draws the current on those only.
            int periodPhases = current.numberPhases() == null ? 3 : current.numberPhases();
            limit *= ChargerSpec.PHASE_VOLTAGE * Math.min(phases, periodPhases);
        }
        return OptionalDouble.of(limit);
    }

    private OptionalDouble limitOf(Installed installed, Instant now, Instant txStart, int phases) {
        return limitOf(installed.profile, installed.installedAt, now, txStart, phases);
    }
}
