package io.gridcharge.domain.station;

import java.util.Optional;

/**
 * A placed station as the map draws it: its location and the state that colours its marker — the most urgent
 * of its connectors' states (faulted before charging before available), empty before any was reported.
 */
public record MapMarker(StationLocation location, Optional<ConnectorStatus> headline) {
    public MapMarker {
        headline = headline == null ? Optional.empty() : headline;
    }
}
