package io.gridcharge.store.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.DayType;
import io.gridcharge.domain.billing.EnergyPeriod;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.billing.Order;
import io.gridcharge.domain.billing.OrderQuery;
import io.gridcharge.domain.billing.OrderStatus;
import io.gridcharge.domain.billing.PriceComponent;
import io.gridcharge.domain.billing.SettleTransaction;
import io.gridcharge.domain.billing.Tariff;
import io.gridcharge.domain.billing.TariffVersion;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionStop;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Operator;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Role;
import io.gridcharge.domain.tenant.Scope;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.tenant.User;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.wallet.Booking;
import io.gridcharge.domain.wallet.FundingMethod;
import io.gridcharge.domain.wallet.IdempotencyKey;
import io.gridcharge.domain.wallet.LedgerPropertyTest;
import io.gridcharge.domain.wallet.SandboxPaymentProvider;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletAdministration;
import io.gridcharge.store.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgBillingIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final SiteId SITE = SiteId.of("garage");
    private static final StationId STATION = StationId.of("CP-1");

    private PgTenantRepository tenants;
    private PgTariffRepository tariffs;
    private PgLedgerRepository ledger;
    private PgOrderRepository orders;
    private PgTransactionRepository transactions;
    private WalletAdministration wallets;

    @BeforeEach
    void aSiteWithAStation() {
        db.jdbi().useHandle(handle -> handle.execute("""
                TRUNCATE stations, transactions, users, operators, sites, site_stations, tariff_versions,
                    tariff_energy_periods, wallets, wallet_tokens, orders, ledger_movements, ledger_entries,
                    idempotency_keys, master_meter_readings, charging_refusals, station_downtime RESTART IDENTITY CASCADE"""));
        tenants = new PgTenantRepository(db.jdbi());
        tariffs = new PgTariffRepository(db.jdbi());
        ledger = new PgLedgerRepository(db.jdbi());
        orders = new PgOrderRepository(db.jdbi());
        transactions = new PgTransactionRepository(db.jdbi());
        wallets = new WalletAdministration(ledger, new SandboxPaymentProvider(), new Fakes.ManualClock(T0));
        new PgStationRepository(db.jdbi()).insert(Fixtures.aStation("CP-1").build());
        tenants.insert(new Operator(OperatorId.of("nord"), "Nord", T0));
        tenants.insert(new Site(SITE, OperatorId.of("nord"), "Garage", ZoneId.of("Europe/Berlin"), EUR,
                new BigDecimal("5.00"), new BigDecimal("2.5"), new BigDecimal("0.12"), T0));
        tenants.assign(STATION, SITE);
    }

    @Test
    void sitesAndTheirStationsAreKept() {
        assertThat(tenants.findSite(SITE)).get().satisfies(site -> {
            assertThat(site.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(site.minimumBalance()).isEqualByComparingTo("5.00");
            assertThat(site.supplierPricePerKwh()).isEqualByComparingTo("0.12");
        });
        assertThat(tenants.siteOf(STATION)).contains(SITE);
        assertThat(tenants.stationsOf(SITE)).containsExactly(STATION);
        assertThat(tenants.sites(OperatorId.of("other"))).isEmpty();
    }

    @Test
    void aTariffVersionComesBackAsItWasAdded() {
        TariffVersion version = new TariffVersion(T0, EUR, List.of(
                new EnergyPeriod(DayType.WEEKDAY, 0, 420, new BigDecimal("0.20")),
                new EnergyPeriod(DayType.WEEKDAY, 420, 1440, new BigDecimal("0.40")),
                new EnergyPeriod(DayType.WEEKEND, 0, 1440, new BigDecimal("0.25")),
                new EnergyPeriod(DayType.HOLIDAY, 0, 1440, new BigDecimal("0.15"))),
                Set.of(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-12-25")), new BigDecimal("0.05"),
                new BigDecimal("0.01"), new BigDecimal("0.10"), Duration.ofMinutes(15), new BigDecimal("0.50"),
                new BigDecimal("1.00"), new BigDecimal("40"));

        assertThat(tariffs.add(SITE, version)).isTrue();
        assertThat(tariffs.add(SITE, version)).isFalse();

        Tariff read = tariffs.tariffOf(SITE);
        assertThat(read.versions()).hasSize(1);
        TariffVersion back = read.versions().getFirst();
        assertThat(back.holidays()).isEqualTo(version.holidays());
        assertThat(back.idleGrace()).isEqualTo(Duration.ofMinutes(15));
        assertThat(back.energyPeriods()).containsExactlyInAnyOrderElementsOf(version.energyPeriods());
        assertThat(back.maximumPerSession()).isEqualByComparingTo("40");
    }

    @Test
    void randomOperationSequencesKeepTheBooksBalancedOnPostgresql() {
        tenants.insert(new Operator(OperatorId.of("op"), "Property test operator", T0));

        LedgerPropertyTest.runSequence(ledger, new Random(11), 120);
    }

    @Test
    void theDatabaseRefusesAMovementWhoseEntriesDoNotBalanceAndAnyChangeToTheLedger() {
        Wallet wallet = aWallet("CARD-1");
        wallets.topUp(wallet.id(), Money.of("10.00", "EUR"), FundingMethod.CASH, new IdempotencyKey("k"), "ops");

        assertThatThrownBy(() -> db.jdbi().useTransaction(handle -> {
            long movement = handle.createQuery("""
                    INSERT INTO ledger_movements (kind, wallet_id, amount, currency, author, at)
                    VALUES ('TOP_UP', 1, 5, 'EUR', 'mallory', now()) RETURNING id""").mapTo(Long.class).one();
            handle.execute("INSERT INTO ledger_entries (movement_id, account_kind, account_key, amount, currency) "
                    + "VALUES (?, 'WALLET', '1', 5, 'EUR')", movement);
        })).rootCause().hasMessageContaining("not two balanced entries");
        assertThatThrownBy(() -> db.jdbi().useHandle(handle -> handle.execute("UPDATE ledger_entries SET amount = 99")))
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.jdbi().useHandle(handle -> handle.execute("DELETE FROM ledger_movements")))
                .rootCause().hasMessageContaining("append-only");
        assertThat(ledger.balance(wallet.id()).plain()).isEqualTo("10.00");
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void concurrentTopUpsUnderOneKeyBookOnce() throws Exception {
        Wallet wallet = aWallet("CARD-1");
        List<Callable<Booking>> same = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            same.add(() -> wallets.topUp(wallet.id(), Money.of("10.00", "EUR"), FundingMethod.CASH,
                    new IdempotencyKey("once"), "ops"));
        }

        List<Booking> bookings = runAll(same);

        assertThat(bookings).extracting(b -> b.movement().id()).containsOnly(bookings.getFirst().movement().id());
        assertThat(ledger.balance(wallet.id()).plain()).isEqualTo("10.00");
    }

    @Test
    void concurrentRefundsNeverTakeTheBalanceBelowZero() throws Exception {
        Wallet wallet = aWallet("CARD-1");
        wallets.topUp(wallet.id(), Money.of("30.00", "EUR"), FundingMethod.CASH, new IdempotencyKey("t"), "ops");
        List<Callable<Booking>> refunds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String key = "r" + i;
            refunds.add(() -> {
                try {
                    return wallets.refund(wallet.id(), Money.of("10.00", "EUR"), FundingMethod.CASH,
                            new IdempotencyKey(key), "ops");
                } catch (Conflict refused) {
                    return null;
                }
            });
        }

        List<Booking> done = runAll(refunds);

        assertThat(done.stream().filter(b -> b != null)).hasSize(3);
        assertThat(ledger.balance(wallet.id()).isZero()).isTrue();
    }

    @Test
    void aTransactionIsSettledOnceEvenWhenSettledConcurrently() throws Exception {
        Wallet wallet = aWallet("CARD-1");
        wallets.topUp(wallet.id(), Money.of("30.00", "EUR"), FundingMethod.CASH, new IdempotencyKey("t"), "ops");
        tariffs.add(SITE, flat("0.30"));
        Transaction stopped = charge("CARD-1", 10_000);
        SettleTransaction settle = new SettleTransaction(transactions, tenants, tariffs, ledger, orders,
                new Fakes.ManualClock(T0));
        List<Callable<Order>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            attempts.add(() -> settle.settle(stopped));
        }

        List<Order> settled = runAll(attempts);

        assertThat(settled).extracting(Order::id).containsOnly(settled.getFirst().id());
        assertThat(orders.count(new OrderQuery(null, SITE, null, null, null, null))).isEqualTo(1);
        Order order = orders.findByTransaction(stopped.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(order.breakdown().get(PriceComponent.ENERGY).plain()).isEqualTo("3.00");
        assertThat(order.movementId()).isNotNull();
        assertThat(ledger.balance(wallet.id()).plain()).isEqualTo("27.00");
        assertThat(settle.catchUp()).isZero();
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void revenueSumsThePricedOrdersOfThePeriodPerCurrencyInTheDatabase() {
        Instant from = T0.plusSeconds(1800);
        anOrder(Money.of("3.00", "EUR"), from.minusSeconds(1));
        anOrder(Money.of("3.00", "EUR"), from);
        anOrder(Money.of("1.25", "EUR"), from.plusSeconds(60));
        anOrder(Money.of("2.10", "CHF"), from.plusSeconds(120));
        anOrder(null, from.plusSeconds(180));

        List<Money> revenue = orders.revenue(new OrderQuery(null, null, null, null, from, null));

        assertThat(revenue).extracting(Money::toString).containsExactly("2.10 CHF", "4.25 EUR");
        assertThat(orders.revenue(new OrderQuery(null, null, null, null, from.plusSeconds(3600), null))).isEmpty();
    }

    @Test
    void catchUpFindsCompletedTransactionsWithoutAnOrder() {
        tariffs.add(SITE, flat("0.30"));
        charge("GUEST", 1_000);
        transactions.start(new NewTransaction(STATION, 2, null, IdToken.of("GUEST"), AuthorizationStatus.ACCEPTED,
                null, 0, T0.plusSeconds(60)));

        assertThat(orders.unsettledTransactions(10)).hasSize(1);
        SettleTransaction settle = new SettleTransaction(transactions, tenants, tariffs, ledger, orders,
                new Fakes.ManualClock(T0));
        assertThat(settle.catchUp()).isEqualTo(1);
        assertThat(orders.unsettledTransactions(10)).isEmpty();
        assertThat(orders.list(new OrderQuery(OperatorId.of("nord"), null, null, null, null, null),
                io.gridcharge.domain.shared.PageRequest.first(10))).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.OPEN));
    }

    @Test
    void refusalsAndMasterMeterReadingsAreKeptInOrder() {
        Wallet wallet = aWallet("CARD-1");
        PgChargingRefusalRepository refusals = new PgChargingRefusalRepository(db.jdbi());
        refusals.record(new io.gridcharge.domain.billing.ChargingRefusal(STATION, IdToken.of("CARD-1"), wallet.id(),
                "first", T0));
        refusals.record(new io.gridcharge.domain.billing.ChargingRefusal(STATION, IdToken.of("CARD-1"), wallet.id(),
                "second", T0.plusSeconds(60)));
        PgMasterMeterRepository master = new PgMasterMeterRepository(db.jdbi());
        var reading = new io.gridcharge.domain.billing.MeterReading(T0.plusSeconds(3600), 2_000);

        assertThat(master.record(SITE, new io.gridcharge.domain.billing.MeterReading(T0, 1_000))).isTrue();
        assertThat(master.record(SITE, reading)).isTrue();
        assertThat(master.record(SITE, reading)).isFalse();

        assertThat(refusals.ofWallet(wallet.id(), 10)).extracting(r -> r.reason()).containsExactly("second", "first");
        assertThat(master.readings(SITE, T0.plusSeconds(1), T0.plusSeconds(7200))).containsExactly(reading);
    }

    @Test
    void transactionsAreListedForATenantsStationsOnly() {
        Transaction own = charge("CARD-1", 1_000);
        new PgStationRepository(db.jdbi()).insert(Fixtures.aStation("CP-2").build());
        transactions.start(new NewTransaction(StationId.of("CP-2"), 1, null, IdToken.of("CARD-2"),
                AuthorizationStatus.ACCEPTED, null, 0, T0));
        var query = new io.gridcharge.domain.charging.TransactionQuery(null, null, null, null, Set.of(STATION));

        assertThat(transactions.list(query, io.gridcharge.domain.shared.PageRequest.first(10)).items())
                .extracting(Transaction::id).containsExactly(own.id());
        assertThat(transactions.list(new io.gridcharge.domain.charging.TransactionQuery(null, null, null, null,
                Set.of()), io.gridcharge.domain.shared.PageRequest.first(10)).total()).isZero();
    }

    @Test
    void aStatementOpensWithTheBalanceBeforeItsPeriodAndListsTheMovementsInIt() {
        Fakes.ManualClock clock = new Fakes.ManualClock(T0);
        WalletAdministration timed = new WalletAdministration(ledger, new SandboxPaymentProvider(), clock);
        Wallet wallet = aWallet("CARD-1");
        timed.topUp(wallet.id(), Money.of("20.00", "EUR"), FundingMethod.CASH, new IdempotencyKey("a"), "ops");
        clock.advance(Duration.ofDays(1));
        timed.refund(wallet.id(), Money.of("5.00", "EUR"), FundingMethod.CASH, new IdempotencyKey("b"), "ops");
        clock.advance(Duration.ofDays(1));
        timed.refund(wallet.id(), Money.of("1.00", "EUR"), FundingMethod.CASH, new IdempotencyKey("c"), "ops");

        var statement = timed.statement(wallet.id(), T0.plusSeconds(3600), T0.plus(Duration.ofDays(2)));

        assertThat(statement.opening().plain()).isEqualTo("20.00");
        assertThat(statement.movements()).extracting(m -> m.walletChange().plain()).containsExactly("-5.00");
        assertThat(statement.closing().plain()).isEqualTo("15.00");
    }

    @Test
    void downtimeIsSummedWithinThePeriodAnOpenPeriodCountingToItsEnd() {
        PgDowntimeRepository downtime = new PgDowntimeRepository(db.jdbi());
        downtime.wentDown(STATION, T0);
        downtime.wentDown(STATION, T0.plusSeconds(60));
        downtime.cameBack(STATION, T0.plusSeconds(600));
        downtime.wentDown(STATION, T0.plusSeconds(3000));

        assertThat(downtime.within(List.of(STATION), T0.minusSeconds(60), T0.plusSeconds(3600)))
                .isEqualTo(Duration.ofSeconds(600 + 600));
        assertThat(downtime.within(List.of(STATION), T0.plusSeconds(300), T0.plusSeconds(400)))
                .isEqualTo(Duration.ofSeconds(100));
        assertThat(downtime.within(List.of(), T0, T0.plusSeconds(3600))).isZero();
    }

    @Test
    void usersKeepTheirRoleAndScope() {
        PgUserRepository users = new PgUserRepository(db.jdbi());
        User manager = new User("pm", "hash", Role.PROPERTY_MANAGER, T0, new Scope(OperatorId.of("nord"), SITE, null));

        users.insert(manager);

        assertThat(users.find("pm")).contains(manager);
    }

    private Wallet aWallet(String token) {
        return wallets.open(OperatorId.of("nord"), null, "Ada", EUR, List.of(IdToken.of(token)));
    }

    private Transaction charge(String token, long wh) {
        Transaction started = transactions.start(new NewTransaction(STATION, 1, null, IdToken.of(token),
                AuthorizationStatus.ACCEPTED, null, 0, T0));
        return transactions.stop(started.id(), new TransactionStop(wh, T0.plusSeconds(3600), "Local", null), List.of());
    }

    /** An order of a new transaction that stopped at {@code stoppedAt}; unpriced when {@code total} is null. */
    private void anOrder(Money total, Instant stoppedAt) {
        // Its own start time: a start like an earlier one is taken for the station sending that one again.
        Transaction transaction = transactions.stop(transactions.start(new NewTransaction(STATION, 1, null,
                IdToken.of("GUEST"), AuthorizationStatus.ACCEPTED, null, 0, stoppedAt.minusSeconds(600))).id(),
                new TransactionStop(1_000, stoppedAt, "Local", null), List.of());
        Map<PriceComponent, Money> breakdown = new EnumMap<>(PriceComponent.class);
        if (total != null) {
            for (PriceComponent component : PriceComponent.values()) {
                breakdown.put(component, Money.zero(total.currency()));
            }
            breakdown.put(PriceComponent.ENERGY, total);
        }
        orders.recordOnce(new Order(0, transaction.id(), OperatorId.of("nord"), SITE, STATION, IdToken.of("GUEST"),
                null, total == null ? OrderStatus.UNPRICED : OrderStatus.OPEN, total == null ? null : total.currency(),
                1_000, breakdown, total, transaction.startedAt(), stoppedAt, stoppedAt, null, total == null ? "no tariff" : null), null);
    }

    private static TariffVersion flat(String price) {
        return new TariffVersion(Instant.parse("2020-01-01T00:00:00Z"), EUR, List.of(
                new EnergyPeriod(DayType.WEEKDAY, 0, 1440, new BigDecimal(price)),
                new EnergyPeriod(DayType.WEEKEND, 0, 1440, new BigDecimal(price))),
                Set.of(), null, null, null, null, null, null, null);
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        }
    }
}
