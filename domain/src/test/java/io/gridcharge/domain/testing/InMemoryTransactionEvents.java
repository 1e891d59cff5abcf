package io.gridcharge.domain.testing;

import io.gridcharge.domain.charging.LoggedTransactionEvent;
import io.gridcharge.domain.charging.TransactionEvent;
import io.gridcharge.domain.charging.TransactionEventLog;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** {@link TransactionEventLog} in memory, for tests. */
public final class InMemoryTransactionEvents implements TransactionEventLog {
    private record Key(StationId stationId, String stationTransactionId) {
    }

    private final Map<Key, TreeMap<Integer, TransactionEvent>> events = new java.util.HashMap<>();
    private final Map<Long, TreeMap<Integer, LoggedTransactionEvent>> logged = new java.util.HashMap<>();

    @Override
    public synchronized Appended append(long transactionId, TransactionEvent event, Instant receivedAt) {
        TreeMap<Integer, TransactionEvent> kept = events.computeIfAbsent(
                new Key(event.stationId(), event.stationTransactionId()), k -> new TreeMap<>());
        boolean fresh = kept.putIfAbsent(event.seqNo(), event) == null;
        if (fresh) {
            logged.computeIfAbsent(transactionId, k -> new TreeMap<>())
                    .put(event.seqNo(), LoggedTransactionEvent.of(event, receivedAt));
        }
        return new Appended(fresh, kept.size() == kept.lastKey() + 1);
    }

    @Override
    public synchronized List<LoggedTransactionEvent> events(long transactionId) {
        return new ArrayList<>(logged.getOrDefault(transactionId, new TreeMap<>()).values());
    }

    @Override
    public synchronized List<Integer> missingSeqNos(StationId stationId, String stationTransactionId) {
        TreeMap<Integer, TransactionEvent> kept = events.get(new Key(stationId, stationTransactionId));
        if (kept == null) {
            return List.of();
        }
        return IntStream.range(0, kept.lastKey()).filter(seqNo -> !kept.containsKey(seqNo)).boxed().toList();
    }

    /** The events kept of one transaction, by seqNo. */
    public synchronized List<TransactionEvent> of(StationId stationId, String stationTransactionId) {
        return new ArrayList<>(events.getOrDefault(new Key(stationId, stationTransactionId), new TreeMap<>()).values());
    }
}
