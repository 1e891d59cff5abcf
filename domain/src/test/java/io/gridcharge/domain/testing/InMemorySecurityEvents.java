package io.gridcharge.domain.testing;

import io.gridcharge.domain.security.SecurityEvent;
import io.gridcharge.domain.security.SecurityEventRepository;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** SecurityEventRepository in memory: ids count up from 1, listings are newest first as in PostgreSQL. */
public final class InMemorySecurityEvents implements SecurityEventRepository {
    private final List<SecurityEvent> events = new ArrayList<>();

    @Override
    public synchronized SecurityEvent append(SecurityEvent event) {
        SecurityEvent numbered = new SecurityEvent(events.size() + 1, event.stationId(), event.type(),
                event.occurredAt(), event.techInfo(), event.critical(), event.receivedAt());
        events.add(numbered);
        return numbered;
    }

    @Override
    public synchronized Page<SecurityEvent> list(StationId station, boolean criticalOnly, PageRequest page) {
        List<SecurityEvent> matches = events.stream()
                .filter(e -> e.stationId().equals(station) && (!criticalOnly || e.critical()))
                .sorted(Comparator.comparingLong(SecurityEvent::id).reversed())
                .toList();
        return new Page<>(matches.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(),
                matches.size());
    }
}
