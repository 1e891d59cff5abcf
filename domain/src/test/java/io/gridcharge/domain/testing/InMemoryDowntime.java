package io.gridcharge.domain.testing;

import io.gridcharge.domain.billing.DowntimeRepository;
import io.gridcharge.domain.station.StationId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

public final class InMemoryDowntime implements DowntimeRepository {
    private static final class Period {
        final StationId station;
        final Instant from;
        Instant to;

        Period(StationId station, Instant from) {
            this.station = station;
            this.from = from;
        }
    }

    private final List<Period> periods = new ArrayList<>();

    @Override
    public synchronized void wentDown(StationId station, Instant from) {
        if (periods.stream().noneMatch(p -> p.station.equals(station) && p.to == null)) {
            periods.add(new Period(station, from));
        }
    }

    @Override
    public synchronized void cameBack(StationId station, Instant to) {
        periods.stream().filter(p -> p.station.equals(station) && p.to == null)
                .forEach(p -> p.to = to.isBefore(p.from) ? p.from : to);
    }

    @Override
    public synchronized Duration within(Collection<StationId> stations, Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (Period p : periods) {
            Instant end = p.to == null || p.to.isAfter(to) ? to : p.to;
            Instant start = p.from.isBefore(from) ? from : p.from;
            if (stations.contains(p.station) && end.isAfter(start)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }
}
