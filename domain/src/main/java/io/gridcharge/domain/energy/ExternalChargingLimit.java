package io.gridcharge.domain.energy;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.List;

/**
 * A limit that a system outside the platform (an EMS, the DSO, a smart meter) set on a station or one of its
 * EVSEs, as the station reported it (OCPP 2.0.1 K12 NotifyChargingLimit), until the station says it is gone (K13
 * ClearedChargingLimit) or reports the next one from the same source. The planner must stay under it.
 *
 * @param evseId    0 for the whole station
 * @param source    who set it, as the station says: "EMS", "Other", "SO" (system operator), "CSO"
 * @param schedules the limit over time, when the station gave it; none when it only announced the source
 * @param clearedAt when it ended, or null while it holds
 */
public record ExternalChargingLimit(long id, StationId stationId, int evseId, String source, boolean gridCritical,
                                    List<CompositeSchedule> schedules, Instant reportedAt, Instant clearedAt) {
    public ExternalChargingLimit {
        Require.present(stationId, "stationId");
        Require.text(source, 20, "chargingLimitSource");
        Require.present(reportedAt, "reportedAt");
        if (evseId < 0) {
            throw new InvalidInput("evseId", "must not be negative");
        }
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
    }

    /** A limit just reported, not stored yet. */
    public static ExternalChargingLimit reported(StationId stationId, int evseId, String source, boolean gridCritical,
                                                 List<CompositeSchedule> schedules, Instant at) {
        return new ExternalChargingLimit(0, stationId, evseId, source, gridCritical, schedules, at, null);
    }

    public boolean isActive() {
        return clearedAt == null;
    }
}
