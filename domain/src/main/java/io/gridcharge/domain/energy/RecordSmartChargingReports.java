package io.gridcharge.domain.energy;

import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionRepository;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * What an OCPP 2.0.1 station tells the platform about the limits it charges under: limits set from outside (K12,
 * K13), an EV's needs and its own schedule (K15, K17), and the profiles it holds (K09). Kept for the operator and
 * the planner; none of it changes the profiles the platform believes it installed.
 */
public final class RecordSmartChargingReports {
    private static final Logger LOG = Logger.getLogger(RecordSmartChargingReports.class.getName());

    private final SmartChargingReportRepository reports;
    private final RunningTransactions running;
    private final Clock clock;

    public RecordSmartChargingReports(SmartChargingReportRepository reports, TransactionRepository transactions,
                                      Clock clock) {
        this.reports = reports;
        this.running = new RunningTransactions(transactions);
        this.clock = clock;
    }

    /** K12: a limit now in force; it replaces the one before from the same source on that EVSE. */
    public ExternalChargingLimit limitSet(StationId stationId, int evseId, String source, boolean gridCritical,
                                          List<CompositeSchedule> schedules) {
        ExternalChargingLimit limit = reports.addLimit(ExternalChargingLimit.reported(stationId, evseId, source,
                gridCritical, schedules, clock.instant()));
        if (gridCritical) {
            LOG.warning(() -> "station " + stationId + ": grid-critical limit from " + source + " on EVSE " + evseId);
        }
        return limit;
    }

    /** K13: the limits from {@code source} on the EVSE no longer hold. */
    public int limitCleared(StationId stationId, int evseId, String source) {
        return reports.clearLimits(stationId, evseId, source, clock.instant());
    }

    /** K15: kept against the transaction running on the EVSE, if any. */
    public EvChargingNeeds needs(EvChargingNeeds needs) {
        EvChargingNeeds kept = needs.received(running.transactionOn(needs.stationId(), needs.evseId())
                .map(Transaction::id).orElse(null), clock.instant());
        reports.addNeeds(kept);
        return kept;
    }

    /** K17. */
    public void evSchedule(StationId stationId, int evseId, Instant timeBase, CompositeSchedule schedule) {
        Long transaction = running.transactionOn(stationId, evseId).map(Transaction::id).orElse(null);
        reports.addEvSchedule(new EvChargingSchedule(stationId, evseId, transaction, timeBase, schedule,
                clock.instant()));
    }

    /** K09: a part of the station's answer to GetChargingProfiles, stamped with the time it came. */
    public void profilesReported(List<ReportedChargingProfile> profiles) {
        Instant now = clock.instant();
        reports.addReportedProfiles(profiles.stream().map(p -> p.reportedAt(now)).toList());
    }
}
