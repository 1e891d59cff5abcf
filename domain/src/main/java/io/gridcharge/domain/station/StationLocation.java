package io.gridcharge.domain.station;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;

/**
 * Where a station stands, in WGS 84 degrees, for the operator's map (issue 8). Optional: a station without a
 * location is simply not on the map.
 */
public record StationLocation(StationId stationId, double latitude, double longitude) {
    public StationLocation {
        Require.present(stationId, "stationId");
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidInput("latitude", "must be between -90 and 90 degrees");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidInput("longitude", "must be between -180 and 180 degrees");
        }
    }
}
