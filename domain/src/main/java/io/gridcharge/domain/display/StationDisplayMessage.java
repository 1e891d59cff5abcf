package io.gridcharge.domain.display;

import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/**
 * A message a station holds, as the platform last learnt it: set by the platform (the station accepted the
 * SetDisplayMessage) or reported by the station (NotifyDisplayMessages).
 */
public record StationDisplayMessage(StationId stationId, DisplayMessage message, Source source, Instant knownAt) {
    public enum Source { SET, REPORTED }

    public StationDisplayMessage {
        Require.present(stationId, "stationId");
        Require.present(message, "message");
        Require.present(source, "source");
        Require.present(knownAt, "knownAt");
    }
}
