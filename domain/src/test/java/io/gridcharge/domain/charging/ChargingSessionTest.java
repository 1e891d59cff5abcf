package io.gridcharge.domain.charging;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.TokenAdministration;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.Fakes.ManualClock;
import io.gridcharge.domain.testing.Fakes.RecordedEvents;
import io.gridcharge.domain.testing.InMemoryOrphanStops;
import io.gridcharge.domain.testing.InMemoryTokens;
import io.gridcharge.domain.testing.InMemoryTransactions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChargingSessionTest {
    private static final StationId CP1 = StationId.of("CP-1");
    private static final StationId CP2 = StationId.of("CP-2");
    private static final IdToken ALICE = IdToken.of("ALICE-CARD");

    private final ManualClock clock = new ManualClock();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final RecordedEvents events = new RecordedEvents();
    private final AuthorizeToken authorize = new AuthorizeToken(tokens, clock);
    private final StartTransaction start = new StartTransaction(transactions, authorize, events, clock);
    private final InMemoryOrphanStops orphanStops = new InMemoryOrphanStops();
    private final StopTransaction stop = new StopTransaction(transactions, orphanStops, authorize, events,
            clock);
    private final Instant t0 = clock.instant();

    @BeforeEach
    void aliceHasACard() {
        new TokenAdministration(tokens, clock).issue(ALICE, TokenStatus.ACCEPTED, null, null);
    }

    @Test
    void aChargeFromStartToStopRecordsTheEnergyBetweenTheMeterReadings() {
        var started = start.start(CP1, 1, null, ALICE, 1_000, t0, null);
        var stopped = stop.stop(CP1, started.transaction().id(), 8_500, t0.plus(Duration.ofMinutes(45)), "Local",
                ALICE, List.of());

        assertThat(started.authorization().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        Transaction done = stopped.transaction().orElseThrow();
        assertThat(done.energyWh()).hasValue(7_500);
        assertThat(done.duration(clock.instant())).isEqualTo(Duration.ofMinutes(45));
        assertThat(done.stopReason()).isEqualTo("Local");
        assertThat(events.of(ChargingEvents.TransactionStopped.class)).hasSize(1);
    }

    @Test
    void aResentStartGetsTheSameTransactionInsteadOfASecondOne() {
        var first = start.start(CP1, 1, null, ALICE, 1_000, t0, null);
        var resent = start.start(CP1, 1, null, ALICE, 1_000, t0, null);

        assertThat(resent.transaction().id()).isEqualTo(first.transaction().id());
        assertThat(resent.authorization().status()).isEqualTo(first.authorization().status());
        assertThat(transactions.count()).isEqualTo(1);
    }

    @Test
    void aResentStopChangesNothingAndStoresItsSamplesOnce() {
        long id = start.start(CP1, 1, null, ALICE, 0, t0, null).transaction().id();
        List<MeterSample> samples = List.of(energy(t0.plusSeconds(60), "500"));

        stop.stop(CP1, id, 2_000, t0.plusSeconds(600), "Local", null, samples);
        var again = stop.stop(CP1, id, 9_999, t0.plusSeconds(900), "Other", null, samples);

        assertThat(again.transaction().orElseThrow().meterStopWh()).isEqualTo(2_000);
        assertThat(transactions.samplesOf(id)).hasSize(1);
        assertThat(events.of(ChargingEvents.TransactionStopped.class)).hasSize(1);
    }

    @Test
    void aTokenAlreadyChargingElsewhereStartsWithConcurrentTxButTheTransactionIsKept() {
        start.start(CP1, 1, null, ALICE, 0, t0, null);

        var second = start.start(CP2, 1, null, ALICE, 0, t0.plusSeconds(5), null);

        assertThat(second.authorization().status()).isEqualTo(AuthorizationStatus.CONCURRENT_TX);
        assertThat(second.transaction().startAuthorization()).isEqualTo(AuthorizationStatus.CONCURRENT_TX);
        assertThat(transactions.count()).isEqualTo(2);
    }

    @Test
    void anUnknownTokenStartedOfflineIsRecordedAsInvalid() {
        var started = start.start(CP1, 2, null, IdToken.of("STRANGER"), 0, t0, null);

        assertThat(started.authorization().status()).isEqualTo(AuthorizationStatus.INVALID);
        assertThat(transactions.find(started.transaction().id())).isPresent();
    }

    @Test
    void aStopForATransactionOfAnotherStationIsAnsweredButChangesNothing() {
        long id = start.start(CP1, 1, null, ALICE, 0, t0, null).transaction().id();

        var foreign = stop.stop(CP2, id, 5_000, t0.plusSeconds(60), "Local", ALICE, List.of());

        assertThat(foreign.transaction()).isEmpty();
        assertThat(foreign.authorization().orElseThrow().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(transactions.find(id).orElseThrow().isActive()).isTrue();
    }

    @Test
    void meterValuesOfAnUnknownTransactionAreKeptAgainstTheConnector() {
        var record = new RecordMeterValues(transactions, events, clock);

        record.record(CP1, 1, 4242L, List.of(energy(t0, "1.5")));

        assertThat(transactions.samplesWithoutTransaction()).hasSize(1);
        assertThat(events.of(ChargingEvents.MeterValuesReceived.class).get(0).transactionId()).isNull();
    }

    @Test
    void energyReadingsInKiloWattHoursAreConvertedToWattHours() {
        MeterSample kwh = new MeterSample(t0, MeterSample.ENERGY_REGISTER, null, null, null, new BigDecimal("12.3456"), "kWh");
        MeterSample voltage = new MeterSample(t0, "Voltage", "L1", null, null, new BigDecimal("230.1"), "V");

        assertThat(kwh.energyWh()).hasValue(12_346);
        assertThat(voltage.energyWh()).isEmpty();
    }

    private static MeterSample energy(Instant at, String wh) {
        return new MeterSample(at, MeterSample.ENERGY_REGISTER, null, null, "Sample.Periodic", new BigDecimal(wh), "Wh");
    }

    @Test
    void aStopForATransactionThePlatformNeverSawIsAnsweredAndKeptForAnOperator() {
        var stopped = stop.stop(CP1, 4711, 9_000, t0, "PowerLoss", ALICE, List.of());

        assertThat(stopped.transaction()).isEmpty();
        assertThat(stopped.authorization().orElseThrow().status()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(orphanStops.all()).singleElement().satisfies(orphan -> {
            assertThat(orphan.transactionId()).isEqualTo(4711);
            assertThat(orphan.meterStopWh()).isEqualTo(9_000);
            assertThat(orphan.reason()).isEqualTo("PowerLoss");
        });
    }

    @Test
    void aStopNamingAnotherStationsTransactionIsAnOrphanAndLeavesThatTransactionRunning() {
        long id = start.start(CP1, 1, null, ALICE, 0, t0, null).transaction().id();

        stop.stop(CP2, id, 500, t0.plusSeconds(60), "Local", null, List.of());

        assertThat(transactions.find(id).orElseThrow().isActive()).isTrue();
        assertThat(orphanStops.all()).singleElement().satisfies(o -> assertThat(o.stationId()).isEqualTo(CP2));
    }
}
