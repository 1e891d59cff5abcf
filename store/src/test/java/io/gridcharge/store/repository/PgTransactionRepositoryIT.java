package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.T0;
import static io.gridcharge.store.repository.Fixtures.aStart;
import static io.gridcharge.store.repository.Fixtures.aStation;
import static io.gridcharge.store.repository.Fixtures.aStop;
import static io.gridcharge.store.repository.Fixtures.aVoltageReading;
import static io.gridcharge.store.repository.Fixtures.anEnergyReading;
import static io.gridcharge.store.repository.Fixtures.count;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionQuery;
import io.gridcharge.domain.charging.TransactionStatus;
import io.gridcharge.domain.charging.TransactionStop;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgTransactionRepositoryIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final StationId CP_1 = StationId.of("CP-1");

    private PgTransactionRepository transactions;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.emptyAllTables(db.jdbi());
        transactions = new PgTransactionRepository(db.jdbi());
    }

    @Test
    void aStartIsRecordedAsAnActiveTransaction() {
        NewTransaction start = aStart("CP-1").onConnector(2).by("TAG-7").authorized(AuthorizationStatus.CONCURRENT_TX)
                .forReservation(42).meterStart(12_345).at(T0).build();

        Transaction started = transactions.start(start);

        assertThat(started.id()).isPositive();
        assertThat(started).isEqualTo(new Transaction(started.id(), CP_1, 2, null, IdToken.of("TAG-7"),
                AuthorizationStatus.CONCURRENT_TX, 42, 12_345, T0, null, null, null, null, TransactionStatus.ACTIVE));
        assertThat(transactions.find(started.id())).contains(started);
    }

    @Test
    void aResentStartGivesTheFirstTransactionAndNoSecondRow() {
        Transaction first = transactions.start(aStart("CP-1").build());

        Transaction resent = transactions.start(aStart("CP-1").authorized(AuthorizationStatus.BLOCKED).build());

        assertThat(resent).isEqualTo(first);
        assertThat(resent.startAuthorization()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(count(db.jdbi(), "transactions")).isOne();
    }

    @Test
    void copiesOfOneStartArrivingAtOnceGiveOneTransaction() throws Exception {
        int copies = 8;
        int starts = 10;
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        try {
            for (int n = 0; n < starts; n++) {
                NewTransaction start = aStart("CP-1").at(minutes(n)).build();
                CyclicBarrier together = new CyclicBarrier(copies);
                List<Future<Transaction>> results = new ArrayList<>();
                for (int copy = 0; copy < copies; copy++) {
                    Callable<Transaction> resend = () -> {
                        together.await();
                        return transactions.start(start);
                    };
                    results.add(threads.submit(resend));
                }
                List<Long> ids = new ArrayList<>();
                for (Future<Transaction> result : results) {
                    ids.add(result.get().id());
                }
                assertThat(ids).as("start %d", n).containsOnly(ids.getFirst());
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(count(db.jdbi(), "transactions")).isEqualTo(starts);
    }

    @Test
    void startsThatDifferInConnectorTimeOrMeterAreSeparateTransactions() {
        Transaction first = transactions.start(aStart("CP-1").build());

        List<Transaction> others = List.of(
                transactions.start(aStart("CP-1").onConnector(2).build()),
                transactions.start(aStart("CP-1").at(minutes(1)).build()),
                transactions.start(aStart("CP-1").meterStart(2_000).build()),
                transactions.start(aStart("CP-2").build()));

        assertThat(others).extracting(Transaction::id).doesNotContain(first.id()).doesNotHaveDuplicates();
    }

    @Test
    void aStationsOwnTransactionIdFindsItsTransaction() {
        Transaction started = transactions.start(aStart("CP-1").withStationTransactionId("tx-a1").build());
        transactions.start(aStart("CP-2").withStationTransactionId("tx-a1").build());

        assertThat(transactions.findByStationTransactionId(CP_1, "tx-a1")).contains(started);
        assertThat(transactions.findByStationTransactionId(CP_1, "tx-other")).isEmpty();
    }

    @Test
    void aStartResentWithTheSameStationTransactionIdGivesTheFirstTransaction() {
        Transaction first = transactions.start(aStart("CP-1").withStationTransactionId("tx-a1").build());

        Transaction resent = transactions.start(aStart("CP-1").withStationTransactionId("tx-a1").at(minutes(1))
                .build());

        assertThat(resent).isEqualTo(first);
        assertThat(count(db.jdbi(), "transactions")).isOne();
    }

    @Test
    void aTokensActiveTransactionsAreItsUnstoppedOnesAtAnyStation() {
        Transaction here = transactions.start(aStart("CP-1").by("TAG-1").build());
        Transaction there = transactions.start(aStart("CP-2").by("TAG-1").at(minutes(1)).build());
        Transaction stopped = transactions.start(aStart("CP-3").by("TAG-1").build());
        transactions.stop(stopped.id(), aStop(2_000, minutes(2)), List.of());
        transactions.start(aStart("CP-4").by("TAG-2").build());

        assertThat(transactions.activeFor(IdToken.of("TAG-1"))).containsExactly(here, there);
        assertThat(transactions.activeFor(IdToken.of("TAG-9"))).isEmpty();
    }

    @Test
    void aStopCompletesTheTransactionWithItsEnergy() {
        Transaction started = transactions.start(aStart("CP-1").meterStart(1_000).build());
        TransactionStop stop = new TransactionStop(8_500, minutes(90), "EVDisconnected", IdToken.of("TAG-2"));

        Transaction stopped = transactions.stop(started.id(), stop, List.of());

        assertThat(stopped.status()).isEqualTo(TransactionStatus.COMPLETED);
        assertThat(stopped.meterStopWh()).isEqualTo(8_500);
        assertThat(stopped.stoppedAt()).isEqualTo(minutes(90));
        assertThat(stopped.stopReason()).isEqualTo("EVDisconnected");
        assertThat(stopped.stoppedBy()).isEqualTo(IdToken.of("TAG-2"));
        assertThat(stopped.energyWh()).hasValue(7_500);
        assertThat(transactions.find(started.id())).contains(stopped);
    }

    @Test
    void theSamplesReportedWithAStopAreStoredWithTheTransaction() {
        Transaction started = transactions.start(aStart("CP-1").onConnector(2).build());
        List<MeterSample> samples = List.of(anEnergyReading(minutes(0), 1_000),
                aVoltageReading(minutes(30), "L1", "230.4"), anEnergyReading(minutes(30), 4_000),
                anEnergyReading(minutes(60), 7_000));

        transactions.stop(started.id(), aStop(7_000, minutes(60)), samples);

        List<String> sampledConnectors = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT DISTINCT station_id || '/' || connector_id FROM meter_samples").mapTo(String.class).list());
        assertThat(transactions.samplesOf(started.id())).containsExactlyElementsOf(samples);
        assertThat(sampledConnectors).containsExactly("CP-1/2");
    }

    @Test
    void aResentStopChangesNothingAndStoresItsSamplesOnce() {
        Transaction started = transactions.start(aStart("CP-1").build());
        List<MeterSample> samples = List.of(anEnergyReading(minutes(10), 1_500), anEnergyReading(minutes(20), 2_000));
        Transaction stopped = transactions.stop(started.id(), aStop(2_000, minutes(20)), samples);

        Transaction again = transactions.stop(started.id(), aStop(9_999, minutes(45)), samples);

        assertThat(again).isEqualTo(stopped);
        assertThat(transactions.samplesOf(started.id())).hasSize(2);
    }

    @Test
    void twoCopiesOfOneStopArrivingAtOnceStoreTheSamplesOnce() throws Exception {
        Transaction started = transactions.start(aStart("CP-1").build());
        List<MeterSample> samples = List.of(anEnergyReading(minutes(10), 1_500));
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Transaction> stop = () -> {
            together.await();
            return transactions.stop(started.id(), aStop(2_000, minutes(20)), samples);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Transaction> one = threads.submit(stop);
            Future<Transaction> other = threads.submit(stop);

            assertThat(one.get()).isEqualTo(other.get());
        } finally {
            threads.shutdownNow();
        }
        assertThat(transactions.samplesOf(started.id())).hasSize(1);
    }

    @Test
    void stoppingAnUnknownTransactionIsNotFound() {
        assertThatThrownBy(() -> transactions.stop(404, aStop(1, T0), List.of())).isInstanceOf(NotFound.class);
    }

    @Test
    void samplesWithoutAKnownTransactionAreKeptAgainstTheConnector() {
        Transaction started = transactions.start(aStart("CP-1").build());

        transactions.appendSamples(CP_1, 1, started.id(), List.of(anEnergyReading(minutes(5), 1_200)));
        transactions.appendSamples(CP_1, 1, null, List.of(anEnergyReading(minutes(6), 1_300),
                aVoltageReading(minutes(6), "L2", "229.9")));
        transactions.appendSamples(CP_1, 1, null, List.of());

        assertThat(transactions.samplesOf(started.id())).containsExactly(anEnergyReading(minutes(5), 1_200));
        assertThat(count(db.jdbi(), "meter_samples")).isEqualTo(3);
    }

    @Test
    void samplesComeBackInTheOrderTheyWereTaken() {
        Transaction started = transactions.start(aStart("CP-1").build());
        MeterSample late = anEnergyReading(minutes(20), 3_000);
        MeterSample early = anEnergyReading(minutes(10), 2_000);

        transactions.appendSamples(CP_1, 1, started.id(), List.of(late));
        transactions.appendSamples(CP_1, 1, started.id(), List.of(early));

        assertThat(transactions.samplesOf(started.id())).containsExactly(early, late);
    }

    @Test
    void transactionsStayListedAfterTheirStationIsDeleted() {
        PgStationRepository stations = new PgStationRepository(db.jdbi());
        stations.insert(aStation("CP-1").withConnectors(1).build());
        Transaction started = transactions.start(aStart("CP-1").build());
        Transaction stopped = transactions.stop(started.id(), aStop(5_000, minutes(30)),
                List.of(anEnergyReading(minutes(30), 5_000)));

        stations.delete(CP_1);

        assertThat(transactions.find(started.id())).contains(stopped);
        assertThat(transactions.list(new TransactionQuery(CP_1, null, null, null), PageRequest.first(10)).items())
                .containsExactly(stopped);
        assertThat(transactions.samplesOf(started.id())).hasSize(1);
    }

    @Test
    void transactionsAreListedNewestFirstInPages() {
        for (int n = 0; n < 5; n++) {
            transactions.start(aStart("CP-1").at(minutes(n)).build());
        }

        Page<Transaction> second = transactions.list(TransactionQuery.all(), new PageRequest(1, 2));

        assertThat(second.items()).extracting(Transaction::startedAt).containsExactly(minutes(2), minutes(1));
        assertThat(second.total()).isEqualTo(5);
    }

    @Test
    void transactionsAreFilteredByStationStatusAndStartTime() {
        Transaction early = transactions.start(aStart("CP-1").at(minutes(0)).build());
        Transaction middle = transactions.start(aStart("CP-1").at(minutes(10)).build());
        Transaction late = transactions.start(aStart("CP-1").at(minutes(20)).build());
        transactions.start(aStart("CP-2").at(minutes(10)).build());
        Transaction middleStopped = transactions.stop(middle.id(), aStop(2_000, minutes(15)), List.of());

        assertThat(list(new TransactionQuery(CP_1, null, null, null))).containsExactly(late, middleStopped, early);
        assertThat(list(new TransactionQuery(CP_1, TransactionStatus.ACTIVE, null, null))).containsExactly(late, early);
        assertThat(list(new TransactionQuery(null, TransactionStatus.COMPLETED, null, null)))
                .containsExactly(middleStopped);
        assertThat(list(new TransactionQuery(CP_1, null, minutes(10), minutes(20)))).containsExactly(middleStopped);
        assertThat(list(new TransactionQuery(null, null, minutes(10), null))).hasSize(3);
    }

    private List<Transaction> list(TransactionQuery query) {
        return transactions.list(query, PageRequest.first(50)).items();
    }
}
