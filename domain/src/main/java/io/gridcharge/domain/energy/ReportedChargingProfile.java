package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.List;

/**
 * A charging profile a station said it holds, in answer to GetChargingProfiles (OCPP 2.0.1 K09
 * ReportChargingProfiles): what the station has, whoever set it, beside what the platform believes it installed
 * ({@link StationChargingProfiles}). Words are kept as the station spelled them, since a station may hold profiles
 * the platform never sets (ChargingStationExternalConstraints).
 *
 * @param requestId     the GetChargingProfiles request the report answers
 * @param source        who set it: "CSO" for the CSMS, "EMS", "SO" or "Other"
 * @param transactionId the station's id of the transaction a TxProfile belongs to
 * @param reportedAt    when it came; null until it is recorded
 */
public record ReportedChargingProfile(StationId stationId, int requestId, int evseId, String source, int profileId,
                                      int stackLevel, String purpose, String kind, String recurrency,
                                      Instant validFrom, Instant validTo, String transactionId,
                                      List<CompositeSchedule> schedules, Instant reportedAt) {
    public ReportedChargingProfile {
        Require.present(stationId, "stationId");
        Require.text(source, 20, "chargingLimitSource");
        Require.text(purpose, 40, "chargingProfilePurpose");
        Require.text(kind, 20, "chargingProfileKind");
        if (evseId < 0) {
            throw new InvalidInput("evseId", "must not be negative");
        }
        schedules = List.copyOf(schedules);
    }

    public ReportedChargingProfile reportedAt(Instant at) {
        return new ReportedChargingProfile(stationId, requestId, evseId, source, profileId, stackLevel, purpose, kind,
                recurrency, validFrom, validTo, transactionId, schedules, at);
    }
}
