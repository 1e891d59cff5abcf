package io.gridcharge.domain.energy;

import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: what OCPP 2.0.1 stations report about the limits they charge under (K09, K12-K13, K15, K17): external
 * limits, EVs' needs and schedules, and the profiles they hold.
 */
public interface SmartChargingReportRepository {
    /**
     * Keeps a limit as in force and ends, at its report time, any earlier one still in force from the same source
     * on the same EVSE, in one transaction.
     */
    ExternalChargingLimit addLimit(ExternalChargingLimit limit);

    /** Ends every limit in force from {@code source} on the EVSE; the number ended. */
    int clearLimits(StationId stationId, int evseId, String source, Instant at);

    /** Newest first: those in force, and the ended ones too when asked. */
    List<ExternalChargingLimit> limits(StationId stationId, boolean includeCleared, int limit);

    void addNeeds(EvChargingNeeds needs);

    /** The EV's latest needs on an EVSE: what the planner reads. */
    Optional<EvChargingNeeds> latestNeeds(StationId stationId, int evseId);

    /** Newest first. */
    List<EvChargingNeeds> needs(StationId stationId, int limit);

    void addEvSchedule(EvChargingSchedule schedule);

    /** Newest first. */
    List<EvChargingSchedule> evSchedules(StationId stationId, int limit);

    /** Keeps a report part; a profile reported again for the same request and EVSE replaces the earlier one. */
    void addReportedProfiles(List<ReportedChargingProfile> profiles);

    /** The profiles of the station's latest report (every part of it), by EVSE and profile id. */
    List<ReportedChargingProfile> latestReportedProfiles(StationId stationId);
}
