package io.gridcharge.domain.energy;

import io.gridcharge.domain.station.StationId;

/** Where the profiles each station holds are kept. */
public interface ChargingProfileRepository {

    /** The station's profiles; none for a station that has none, or that does not exist. */
    StationChargingProfiles of(StationId stationId);

    /** Replaces the station's profiles with {@code profiles}, in one database transaction. */
    void save(StationChargingProfiles profiles);
}
