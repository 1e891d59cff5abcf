package io.gridcharge.domain.billing;

import static io.gridcharge.domain.billing.Tariffs.aFlatTariff;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionStop;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Operator;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.testing.InMemoryTariffs;
import io.gridcharge.domain.testing.InMemoryTenants;
import io.gridcharge.domain.testing.InMemoryTransactions;
import io.gridcharge.domain.testing.ScriptedStationCommands;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The driver of a 2.0.1 station sees the running cost when it moved by a step, and the final cost at the end. */
class ShowRunningCostTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final StationId PRICED = StationId.of("CP-1");
    private static final StationId UNPRICED = StationId.of("CP-2");
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryTariffs tariffs = new InMemoryTariffs();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final ScriptedStationCommands commands = new ScriptedStationCommands().answer("Accepted");
    private final ShowRunningCost show = new ShowRunningCost(new RunningCost(transactions, tenants, tariffs),
            commands, Runnable::run);
    private int started;

    @BeforeEach
    void aSiteAtFiftyCentsAKilowattHour() {
        tenants.insert(new Operator(OperatorId.of("nord"), "Nord", NOW));
        tenants.insert(new Site(SiteId.of("garage"), OperatorId.of("nord"), "Garage", ZoneId.of("Europe/Berlin"),
                Currency.getInstance("EUR"), BigDecimal.ZERO, null, null, NOW));
        tenants.assign(PRICED, SiteId.of("garage"));
        tariffs.add(SiteId.of("garage"), aFlatTariff("0.50").version());
    }

    @ParameterizedTest(name = "shown {0}, now {1}: {2}")
    @CsvSource(nullValues = "none", value = {
            "none, 0.00, false", "none, 0.09, false", "none, 0.10, true",
            "1.00, 1.09, false", "1.00, 1.10, true", "1.00, 0.90, true", "1.00, 1.00, false"})
    void aCostIsWorthShowingWhenItMovedByAStepOrMore(String shown, String now, boolean worth) {
        assertThat(ShowRunningCost.worthShowing(shown == null ? null : Money.of(shown, "EUR"), Money.of(now, "EUR")))
                .isEqualTo(worth);
    }

    @Test
    void theRunningCostIsSentOncePerStepNamingTheStationsTransaction() {
        Transaction running = start(PRICED);

        assertThat(show.running(running, reading(running, 900, "2.000"))).isTrue();
        assertThat(show.running(running, reading(running, 1000, "2.100"))).isFalse();
        assertThat(show.running(running, reading(running, 1100, "2.300"))).isTrue();

        assertThat(commands.sent(StationCommand.CostUpdated.class)).extracting(c -> c.totalCost().amount())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1.00"), new BigDecimal("1.15"));
        assertThat(commands.sent(StationCommand.CostUpdated.class)).allSatisfy(c -> {
            assertThat(c.stationTransactionId()).isEqualTo(running.stationTransactionId());
            assertThat(c.totalCost().currency().getCurrencyCode()).isEqualTo("EUR");
        });
    }

    @Test
    void theFinalCostIsTheChargesPriceAndANothingChargedCostsZero() {
        Transaction charged = stop(start(PRICED), 3_000);
        // Plugged in and out at once: no energy, no time, no fee in this tariff.
        Transaction unplugged = start(PRICED);
        Transaction free = transactions.stop(unplugged.id(), new TransactionStop(0, unplugged.startedAt(), "Local",
                null), List.of());

        assertThat(show.finalCost(charged)).hasValueSatisfying(cost ->
                assertThat(cost.amount()).isEqualByComparingTo("1.50"));
        assertThat(show.finalCost(free)).hasValueSatisfying(cost -> assertThat(cost.amount()).isEqualByComparingTo("0"));
    }

    @Test
    void aChargeOnAStationInNoSiteShowsNoCost() {
        Transaction running = start(UNPRICED);

        assertThat(show.running(running, reading(running, 900, "5.000"))).isFalse();
        assertThat(show.finalCost(stop(running, 5_000))).isEmpty();
        assertThat(commands.sent()).isEmpty();
    }

    private Transaction start(StationId station) {
        started++;
        // A second apart: a start at the same time on the same connector would be the same start sent again.
        return transactions.start(new NewTransaction(station, 1, "TX-" + started, IdToken.of("CARD-1"),
                AuthorizationStatus.ACCEPTED, null, 0, NOW.plusSeconds(started)));
    }

    private Transaction stop(Transaction running, long meterStopWh) {
        return transactions.stop(running.id(), new TransactionStop(meterStopWh, NOW.plusSeconds(3600), "Local", null),
                List.of());
    }

    private static List<MeterSample> reading(Transaction running, int afterSeconds, String kwh) {
        return List.of(new MeterSample(NOW.plusSeconds(afterSeconds), MeterSample.ENERGY_REGISTER, null, null,
                "Sample.Periodic", new BigDecimal(kwh), "kWh"));
    }
}
