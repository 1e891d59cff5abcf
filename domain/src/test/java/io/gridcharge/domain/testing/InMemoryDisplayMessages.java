package io.gridcharge.domain.testing;

import io.gridcharge.domain.display.DisplayMessageRepository;
import io.gridcharge.domain.display.StationDisplayMessage;
import io.gridcharge.domain.station.StationId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** DisplayMessageRepository in memory, one message per station and id, listed by id as in PostgreSQL. */
public final class InMemoryDisplayMessages implements DisplayMessageRepository {
    private final Map<String, StationDisplayMessage> messages = new TreeMap<>();

    @Override
    public synchronized void save(List<StationDisplayMessage> saved) {
        saved.forEach(m -> messages.put(key(m.stationId(), m.message().id()), m));
    }

    @Override
    public synchronized void remove(StationId station, int messageId) {
        messages.remove(key(station, messageId));
    }

    @Override
    public synchronized void removeOfTransaction(StationId station, String stationTransactionId) {
        messages.values().removeIf(m -> m.stationId().equals(station)
                && stationTransactionId.equals(m.message().transactionId()));
    }

    @Override
    public synchronized List<StationDisplayMessage> of(StationId station) {
        return messages.values().stream().filter(m -> m.stationId().equals(station))
                .sorted(Comparator.comparingInt(m -> m.message().id())).toList();
    }

    private static String key(StationId station, int id) {
        return station.value() + "/" + id;
    }
}
