package io.gridcharge.domain.testing;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionQuery;
import io.gridcharge.domain.charging.TransactionRepository;
import io.gridcharge.domain.charging.TransactionStatus;
import io.gridcharge.domain.charging.TransactionStop;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** TransactionRepository in memory, with the same idempotency contract as the PostgreSQL one. */
public final class InMemoryTransactions implements TransactionRepository {
    private final Map<Long, Transaction> transactions = new ConcurrentHashMap<>();
    private final Map<Long, List<MeterSample>> samples = new ConcurrentHashMap<>();
    private final List<MeterSample> connectorSamples = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized Transaction start(NewTransaction s) {
        return transactions.values().stream()
                .filter(t -> t.stationId().equals(s.stationId()) && t.connectorId() == s.connectorId()
                        && t.startedAt().equals(s.startedAt()) && t.meterStartWh() == s.meterStartWh())
                .findFirst()
                .orElseGet(() -> {
                    Transaction t = new Transaction(ids.incrementAndGet(), s.stationId(), s.connectorId(),
                            s.stationTransactionId(), s.idToken(), s.startAuthorization(), s.reservationId(),
                            s.meterStartWh(), s.startedAt(), null, null, null, null, TransactionStatus.ACTIVE);
                    transactions.put(t.id(), t);
                    return t;
                });
    }

    @Override
    public Optional<Transaction> find(long id) {
        return Optional.ofNullable(transactions.get(id));
    }

    @Override
    public Optional<Transaction> findByStationTransactionId(StationId stationId, String stationTransactionId) {
        return transactions.values().stream()
                .filter(t -> t.stationId().equals(stationId) && stationTransactionId.equals(t.stationTransactionId()))
                .findFirst();
    }

    @Override
    public synchronized Transaction identify(long id, IdToken idToken, AuthorizationStatus authorization) {
        Transaction t = transactions.get(id);
        if (t.idToken() != null) {
            return t;
        }
        Transaction identified = new Transaction(t.id(), t.stationId(), t.connectorId(), t.stationTransactionId(),
                idToken, authorization, t.reservationId(), t.meterStartWh(), t.startedAt(), t.meterStopWh(),
                t.stoppedAt(), t.stopReason(), t.stoppedBy(), t.status());
        transactions.put(id, identified);
        return identified;
    }

    @Override
    public synchronized Transaction locate(long id, int connectorId) {
        Transaction t = transactions.get(id);
        if (t.connectorId() != 0) {
            return t;
        }
        Transaction located = new Transaction(t.id(), t.stationId(), connectorId, t.stationTransactionId(),
                t.idToken(), t.startAuthorization(), t.reservationId(), t.meterStartWh(), t.startedAt(),
                t.meterStopWh(), t.stoppedAt(), t.stopReason(), t.stoppedBy(), t.status());
        transactions.put(id, located);
        return located;
    }

    @Override
    public synchronized Transaction reserve(long id, int reservationId) {
        Transaction t = transactions.get(id);
        if (t.reservationId() != null || !t.isActive()) {
            return t;
        }
        Transaction reserved = new Transaction(t.id(), t.stationId(), t.connectorId(), t.stationTransactionId(),
                t.idToken(), t.startAuthorization(), reservationId, t.meterStartWh(), t.startedAt(),
                t.meterStopWh(), t.stoppedAt(), t.stopReason(), t.stoppedBy(), t.status());
        transactions.put(id, reserved);
        return reserved;
    }

    @Override
    public synchronized Transaction correctMeterStart(long id, long meterStartWh) {
        Transaction t = transactions.get(id);
        if (!t.isActive()) {
            return t;
        }
        Transaction corrected = new Transaction(t.id(), t.stationId(), t.connectorId(), t.stationTransactionId(),
                t.idToken(), t.startAuthorization(), t.reservationId(), meterStartWh, t.startedAt(),
                t.meterStopWh(), t.stoppedAt(), t.stopReason(), t.stoppedBy(), t.status());
        transactions.put(id, corrected);
        return corrected;
    }

    @Override
    public List<Transaction> activeFor(IdToken idToken) {
        return transactions.values().stream().filter(t -> t.isActive() && idToken.equals(t.idToken())).toList();
    }

    @Override
    public synchronized Transaction stop(long id, TransactionStop stop, List<MeterSample> stopSamples) {
        Transaction t = Objects.requireNonNull(transactions.get(id), "no transaction " + id);
        if (!t.isActive()) {
            return t;
        }
        Transaction stopped = new Transaction(t.id(), t.stationId(), t.connectorId(), t.stationTransactionId(),
                t.idToken(), t.startAuthorization(), t.reservationId(), t.meterStartWh(), t.startedAt(),
                stop.meterStopWh(), stop.stoppedAt(), stop.reason(), stop.stoppedBy(), TransactionStatus.COMPLETED);
        transactions.put(id, stopped);
        samples.computeIfAbsent(id, k -> new ArrayList<>()).addAll(stopSamples);
        return stopped;
    }

    @Override
    public Page<Transaction> list(TransactionQuery query, PageRequest page) {
        List<Transaction> matches = transactions.values().stream()
                .filter(t -> query.stationId() == null || t.stationId().equals(query.stationId()))
                .filter(t -> query.stations() == null || query.stations().contains(t.stationId()))
                .filter(t -> query.status() == null || t.status() == query.status())
                .filter(t -> query.from() == null || !t.startedAt().isBefore(query.from()))
                .filter(t -> query.to() == null || t.startedAt().isBefore(query.to()))
                // Newest first, the later id first on a tie: the order the PostgreSQL store lists them in.
                .sorted(Comparator.comparing(Transaction::startedAt).thenComparingLong(Transaction::id).reversed())
                .toList();
        return Fakes.page(matches, page);
    }

    @Override
    public synchronized void appendSamples(StationId stationId, int connectorId, Long transactionId,
                                           List<MeterSample> newSamples) {
        if (transactionId == null) {
            connectorSamples.addAll(newSamples);
        } else {
            samples.computeIfAbsent(transactionId, k -> new ArrayList<>()).addAll(newSamples);
        }
    }

    @Override
    public List<MeterSample> samplesOf(long transactionId) {
        return List.copyOf(samples.getOrDefault(transactionId, List.of()));
    }

    public synchronized List<MeterSample> samplesWithoutTransaction() {
        return List.copyOf(connectorSamples);
    }

    public int count() {
        return transactions.size();
    }
}
