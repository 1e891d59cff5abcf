package io.gridcharge.domain.billing;

import io.gridcharge.domain.event.DomainEvent;
import io.gridcharge.domain.station.StationEvents;
import java.util.function.Consumer;

/**
 * Station downtime for the operating reports (issue 7): a station is down from the moment its connection closed,
 * or from the last frame before it was found silent, until it connects again. Only what a running platform saw
 * counts: while the platform itself is stopped, nothing is recorded.
 */
public final class RecordDowntime implements Consumer<DomainEvent> {
    private final DowntimeRepository downtime;

    public RecordDowntime(DowntimeRepository downtime) {
        this.downtime = downtime;
    }

    @Override
    public void accept(DomainEvent event) {
        switch (event) {
            case StationEvents.Disconnected down -> downtime.wentDown(down.stationId(), down.at());
            case StationEvents.WentOffline silent -> downtime.wentDown(silent.stationId(),
                    silent.lastSeen() == null ? silent.at() : silent.lastSeen());
            case StationEvents.Connected back -> downtime.cameBack(back.stationId(), back.at());
            default -> {
            }
        }
    }
}
