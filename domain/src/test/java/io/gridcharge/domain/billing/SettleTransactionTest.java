package io.gridcharge.domain.billing;

import static io.gridcharge.domain.billing.Tariffs.aFlatTariff;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionStop;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Operator;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryLedger;
import io.gridcharge.domain.testing.InMemoryOrders;
import io.gridcharge.domain.testing.InMemoryTariffs;
import io.gridcharge.domain.testing.InMemoryTenants;
import io.gridcharge.domain.testing.InMemoryTransactions;
import io.gridcharge.domain.wallet.FundingMethod;
import io.gridcharge.domain.wallet.IdempotencyKey;
import io.gridcharge.domain.wallet.MovementKind;
import io.gridcharge.domain.wallet.SandboxPaymentProvider;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletAdministration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SettleTransactionTest {
    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
    private static final StationId STATION = StationId.of("CP-1");
    private static final SiteId SITE = SiteId.of("garage");
    private final Fakes.ManualClock clock = new Fakes.ManualClock(START);
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryTariffs tariffs = new InMemoryTariffs();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final InMemoryOrders orders = new InMemoryOrders(ledger, transactions);
    private final WalletAdministration wallets = new WalletAdministration(ledger, new SandboxPaymentProvider(), clock);
    private final SettleTransaction settle = new SettleTransaction(transactions, tenants, tariffs, ledger, orders, clock);
    private Wallet wallet;

    @BeforeEach
    void aSiteWithATariffAndAFundedWallet() {
        tenants.insert(new Operator(OperatorId.of("nord"), "Nord", START));
        tenants.insert(new Site(SITE, OperatorId.of("nord"), "Garage", ZoneId.of("Europe/Berlin"),
                Currency.getInstance("EUR"), BigDecimal.ZERO, null, null, START));
        tenants.assign(STATION, SITE);
        tariffs.add(SITE, aFlatTariff("0.30").sessionFee("0.50").version());
        wallet = wallets.open(OperatorId.of("nord"), null, "Ada", Currency.getInstance("EUR"),
                List.of(IdToken.of("CARD-1")));
        wallets.topUp(wallet.id(), Money.of("20.00", "EUR"), FundingMethod.CASH, new IdempotencyKey("t"), "ops");
    }

    @Test
    void aStoppedTransactionBecomesASettledOrderPaidFromTheWallet() {
        Transaction stopped = charge("CARD-1", 0, 10_000);

        settle.accept(new ChargingEvents.TransactionStopped(STATION, stopped, START));

        Order order = orders.findByTransaction(stopped.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(order.total().plain()).isEqualTo("3.50");
        assertThat(order.breakdown().get(PriceComponent.ENERGY).plain()).isEqualTo("3.00");
        assertThat(order.breakdown().get(PriceComponent.SESSION).plain()).isEqualTo("0.50");
        assertThat(wallets.balance(wallet.id()).plain()).isEqualTo("16.50");
        assertThat(ledger.movements(wallet.id(), PageRequest.first(10)).items().getFirst())
                .satisfies(m -> {
                    assertThat(m.kind()).isEqualTo(MovementKind.CHARGE);
                    assertThat(m.orderId()).isEqualTo(order.id());
                });
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void aTransactionIsSettledOnceHoweverOftenItIsAnnounced() {
        Transaction stopped = charge("CARD-1", 0, 10_000);

        settle.accept(new ChargingEvents.TransactionStopped(STATION, stopped, START));
        settle.accept(new ChargingEvents.TransactionStopped(STATION, stopped, START));
        settle.catchUp();

        assertThat(orders.count(new OrderQuery(null, null, null, null, null, null))).isEqualTo(1);
        assertThat(wallets.balance(wallet.id()).plain()).isEqualTo("16.50");
    }

    @Test
    void catchUpSettlesTransactionsStoppedWhileNoOneListened() {
        charge("CARD-1", 0, 10_000);
        charge("CARD-1", 10_000, 20_000);

        assertThat(settle.catchUp()).isEqualTo(2);

        assertThat(wallets.balance(wallet.id()).plain()).isEqualTo("13.00");
        assertThat(settle.catchUp()).isZero();
    }

    @Test
    void aTransactionThatCannotBeSettledIsLeftForLaterAndDoesNotStopTheOthers() {
        Transaction broken = charge("CARD-1", 0, 1_000);
        charge("CARD-1", 1_000, 2_000);
        SettleTransaction failingOnce = new SettleTransaction(new FailingSamples(transactions, broken.id()), tenants,
                tariffs, ledger, orders, clock);

        assertThat(failingOnce.catchUp()).isEqualTo(1);
        assertThat(orders.findByTransaction(broken.id())).isEmpty();
        assertThat(settle.catchUp()).isEqualTo(1);
        assertThat(orders.findByTransaction(broken.id())).isPresent();
    }

    /** Transactions whose samples cannot be read for one of them (the database failing at that moment). */
    private record FailingSamples(InMemoryTransactions delegate, long failing)
            implements io.gridcharge.domain.charging.TransactionRepository {
        @Override
        public Transaction start(NewTransaction start) {
            return delegate.start(start);
        }

        @Override
        public java.util.Optional<Transaction> find(long id) {
            return delegate.find(id);
        }

        @Override
        public java.util.Optional<Transaction> findByStationTransactionId(StationId stationId, String id) {
            return delegate.findByStationTransactionId(stationId, id);
        }

        @Override
        public List<Transaction> activeFor(IdToken idToken) {
            return delegate.activeFor(idToken);
        }

        @Override
        public Transaction stop(long id, TransactionStop stop, List<MeterSample> samples) {
            return delegate.stop(id, stop, samples);
        }

        @Override
        public Transaction identify(long id, IdToken idToken,
                                    io.gridcharge.domain.authorization.AuthorizationStatus authorization) {
            return delegate.identify(id, idToken, authorization);
        }

        @Override
        public Transaction locate(long id, int connectorId) {
            return delegate.locate(id, connectorId);
        }

        @Override
        public Transaction correctMeterStart(long id, long meterStartWh) {
            return delegate.correctMeterStart(id, meterStartWh);
        }

        @Override
        public Transaction reserve(long id, int reservationId) {
            return delegate.reserve(id, reservationId);
        }

        @Override
        public io.gridcharge.domain.shared.Page<Transaction> list(io.gridcharge.domain.charging.TransactionQuery query,
                                                                  PageRequest page) {
            return delegate.list(query, page);
        }

        @Override
        public void appendSamples(StationId stationId, int connectorId, Long transactionId, List<MeterSample> samples) {
            delegate.appendSamples(stationId, connectorId, transactionId, samples);
        }

        @Override
        public List<MeterSample> samplesOf(long transactionId) {
            if (transactionId == failing) {
                throw new IllegalStateException("database unavailable");
            }
            return delegate.samplesOf(transactionId);
        }
    }

    @Test
    void aTokenNoWalletPaysForLeavesAnOpenOrderAndBooksNothing() {
        Transaction stopped = charge("GUEST-7", 0, 1_000);

        Order order = settle.settle(stopped);

        assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
        assertThat(order.total().plain()).isEqualTo("0.80");
        assertThat(order.note()).contains("GUEST-7");
        assertThat(ledger.reconcile().movements()).isEqualTo(1);
    }

    @Test
    void aStationOnNoSiteLeavesAnUnpricedOrderSayingWhy() {
        tenants.assign(STATION, SiteId.of("nowhere"));

        Order order = settle.settle(charge("CARD-1", 0, 1_000));

        assertThat(order.status()).isEqualTo(OrderStatus.UNPRICED);
        assertThat(order.note()).contains("on no site");
        assertThat(wallets.balance(wallet.id()).plain()).isEqualTo("20.00");
    }

    @Test
    void theMeterSamplesOfTheTransactionSplitItsEnergyAtPriceBoundaries() {
        tariffs.add(SITE, Tariffs.aTariff().validFrom("2026-01-01T00:00:00Z")
                .weekday("00:00", "11:00", "0.20").weekday("11:00", "24:00", "0.40")
                .weekend("00:00", "24:00", "0.20").version());
        // 09:00Z-11:00Z is 10:00-12:00 in Berlin: 8 kWh before 11:00 local (10:00Z), 2 kWh after.
        Transaction started = transactions.start(new NewTransaction(STATION, 1, null, IdToken.of("CARD-1"),
                AuthorizationStatus.ACCEPTED, null, 0, START));
        transactions.appendSamples(STATION, 1, started.id(), List.of(new MeterSample(START.plusSeconds(3600),
                MeterSample.ENERGY_REGISTER, null, null, "Sample.Periodic", new BigDecimal("8.000"), "kWh")));
        Transaction stopped = transactions.stop(started.id(),
                new TransactionStop(10_000, START.plusSeconds(7200), "Local", null), List.of());

        Order order = settle.settle(stopped);

        assertThat(order.breakdown().get(PriceComponent.ENERGY).plain()).isEqualTo("2.40");
    }

    private Transaction charge(String token, long fromWh, long toWh) {
        Transaction started = transactions.start(new NewTransaction(STATION, 1, null, IdToken.of(token),
                AuthorizationStatus.ACCEPTED, null, fromWh, START.plusSeconds(fromWh)));
        return transactions.stop(started.id(), new TransactionStop(toWh, START.plusSeconds(fromWh + 7200), "Local",
                null), List.of());
    }
}
