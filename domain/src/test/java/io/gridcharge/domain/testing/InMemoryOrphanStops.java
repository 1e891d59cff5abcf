package io.gridcharge.domain.testing;

import io.gridcharge.domain.charging.OrphanStop;
import io.gridcharge.domain.charging.OrphanStopRepository;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** OrphanStopRepository in memory: a resent stop is kept once, as in PostgreSQL. */
public final class InMemoryOrphanStops implements OrphanStopRepository {
    private final List<OrphanStop> stops = new ArrayList<>();

    @Override
    public synchronized OrphanStop record(OrphanStop stop) {
        return stops.stream()
                .filter(s -> s.stationId().equals(stop.stationId()) && s.transactionId() == stop.transactionId()
                        && s.stoppedAt().equals(stop.stoppedAt()))
                .findFirst()
                .orElseGet(() -> {
                    OrphanStop numbered = new OrphanStop(stops.size() + 1, stop.stationId(), stop.transactionId(),
                            stop.meterStopWh(), stop.stoppedAt(), stop.reason(), stop.stoppedBy(), stop.samples(),
                            stop.receivedAt());
                    stops.add(numbered);
                    return numbered;
                });
    }

    @Override
    public synchronized Page<OrphanStop> list(StationId stationId, PageRequest page) {
        List<OrphanStop> matches = stops.stream()
                .filter(s -> stationId == null || s.stationId().equals(stationId))
                .sorted(Comparator.comparingLong(OrphanStop::id).reversed())
                .toList();
        return new Page<>(matches.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(),
                matches.size());
    }

    public synchronized List<OrphanStop> all() {
        return List.copyOf(stops);
    }
}
