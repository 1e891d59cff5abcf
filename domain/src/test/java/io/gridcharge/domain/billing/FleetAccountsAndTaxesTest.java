package io.gridcharge.domain.billing;

import static io.gridcharge.domain.billing.Tariffs.aFlatTariff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionStop;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Operator;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryChargingRefusals;
import io.gridcharge.domain.testing.InMemoryLedger;
import io.gridcharge.domain.testing.InMemoryOrders;
import io.gridcharge.domain.testing.InMemoryTariffs;
import io.gridcharge.domain.testing.InMemoryTenants;
import io.gridcharge.domain.testing.InMemoryTokens;
import io.gridcharge.domain.testing.InMemoryTransactions;
import io.gridcharge.domain.testing.InMemoryVehicles;
import io.gridcharge.domain.wallet.Booking;
import io.gridcharge.domain.wallet.DriverVehicles;
import io.gridcharge.domain.wallet.FundingMethod;
import io.gridcharge.domain.wallet.IdempotencyKey;
import io.gridcharge.domain.wallet.SandboxPaymentProvider;
import io.gridcharge.domain.wallet.Vin;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletAdministration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fleets' post-paid accounts, taxes on orders, a prepaid wallet's debt after a late stop, and cars charging to
 * their driver's account by VIN (issue 7).
 */
class FleetAccountsAndTaxesTest {
    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
    private static final StationId STATION = StationId.of("CP-1");
    private static final SiteId SITE = SiteId.of("depot");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Vin VIN = new Vin("WVWZZZ1JZXW000001");
    private final Fakes.ManualClock clock = new Fakes.ManualClock(START);
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryTariffs tariffs = new InMemoryTariffs();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final InMemoryOrders orders = new InMemoryOrders(ledger, transactions);
    private final InMemoryChargingRefusals refusals = new InMemoryChargingRefusals();
    private final WalletAdministration wallets = new WalletAdministration(ledger, new SandboxPaymentProvider(), clock);
    private final SettleTransaction settle = new SettleTransaction(transactions, tenants, tariffs, ledger, orders, clock);
    private final AuthorizeToken authorize = new AuthorizeToken(tokens, clock,
            new WalletFloor(ledger, tenants, refusals, clock));
    private final DriverVehicles vehicles = new DriverVehicles(new InMemoryVehicles(ledger, tokens), ledger, clock);
    private final MonthlyStatements statements = new MonthlyStatements(wallets, new OrderHistory(orders), clock);
    private Wallet fleet;

    @BeforeEach
    void aDepotWithNineteenPercentVatAndAFleetAccountOfFiftyEuros() {
        tenants.insert(new Operator(OperatorId.of("nord"), "Nord", START));
        tenants.insert(new Site(SITE, OperatorId.of("nord"), "Depot", ZoneId.of("Europe/Berlin"), EUR,
                BigDecimal.ZERO, null, null, START, new BigDecimal("19")));
        tenants.assign(STATION, SITE);
        tariffs.add(SITE, aFlatTariff("0.30").sessionFee("0.50").version());
        tokens.insert(new RegisteredToken(IdToken.of("FLEET-CARD"), TokenStatus.ACCEPTED, null, null, START));
        fleet = wallets.openPostpaid(OperatorId.of("nord"), null, "Spedition Nord", EUR,
                List.of(IdToken.of("FLEET-CARD")), new BigDecimal("50"));
    }

    @Test
    void anOrderCarriesTheSiteTaxAndTheAccountIsChargedTheGross() {
        Order order = settled(charge("FLEET-CARD", 0, 10_000));

        assertThat(order.total().plain()).isEqualTo("3.50");
        assertThat(order.tax().ratePercent()).isEqualByComparingTo("19");
        assertThat(order.tax().amount().plain()).isEqualTo("0.67");
        assertThat(order.gross().plain()).isEqualTo("4.17");
        assertThat(wallets.balance(fleet.id()).plain()).isEqualTo("-4.17");
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void taxIsRoundedOnceHalfUpSoNetAndTaxAddUpToTheGross() {
        record Case(String net, String rate, String tax) {
        }
        for (Case c : List.of(new Case("3.50", "19", "0.67"), new Case("0.05", "10", "0.01"),
                new Case("0.04", "10", "0.00"), new Case("10.00", "7.7", "0.77"), new Case("2.63", "0", "0.00"),
                new Case("99.99", "25", "25.00"))) {
            Tax tax = Tax.on(Money.of(c.net(), "EUR"), new BigDecimal(c.rate()));
            assertThat(tax.amount().plain()).as(c.toString()).isEqualTo(c.tax());
        }
    }

    @Test
    void aFleetCardChargesWithoutABalanceUntilItsDebtReachesTheCreditLimit() {
        assertThat(authorize.authorize(STATION, IdToken.of("FLEET-CARD")).status())
                .isEqualTo(AuthorizationStatus.ACCEPTED);

        wallets.adjust(fleet.id(), Money.of("-50.00", "EUR"), "charges booked by hand", "finance");

        assertThat(authorize.authorize(STATION, IdToken.of("FLEET-CARD")).status())
                .isEqualTo(AuthorizationStatus.BLOCKED);
        assertThat(refusals.ofWallet(fleet.id(), 1).getFirst().reason())
                .isEqualTo("post-paid account " + fleet.id() + " owes 50.00 EUR, its whole credit limit of 50.00 EUR");
    }

    @Test
    void aDebitPastTheCreditLimitIsRefusedAndBooksNothing() {
        assertThatThrownBy(() -> wallets.adjust(fleet.id(), Money.of("-50.01", "EUR"), "typo", "finance"))
                .isInstanceOf(Conflict.class).hasMessageContaining("over its credit limit");
        assertThat(wallets.balance(fleet.id()).isZero()).isTrue();
    }

    @Test
    void aPaymentPaysWhatIsDueOnceAndNoMore() {
        settled(charge("FLEET-CARD", 0, 10_000));

        assertThatThrownBy(() -> pay("4.18", "p-1")).isInstanceOf(Conflict.class).hasMessageContaining("exceeds");
        Booking first = pay("4.17", "p-1");
        Booking replayed = pay("4.17", "p-1");

        assertThat(replayed.replayed()).isTrue();
        assertThat(replayed.movement().id()).isEqualTo(first.movement().id());
        assertThat(wallets.balance(fleet.id()).isZero()).isTrue();
        assertThatThrownBy(() -> pay("0.01", "p-2")).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> wallets.recordPayment(fleet.id(), Money.of("1.00", "CHF"), FundingMethod.BANK_TRANSFER,
                new IdempotencyKey("p-3"), "finance")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aPaymentAgainstAPrepaidWalletIsAConflict() {
        Wallet prepaid = wallets.open(OperatorId.of("nord"), null, "Ada", EUR, List.of());

        assertThatThrownBy(() -> wallets.recordPayment(prepaid.id(), Money.of("1.00", "EUR"),
                FundingMethod.BANK_TRANSFER, new IdempotencyKey("p"), "finance")).isInstanceOf(Conflict.class);
    }

    @Test
    void theMonthlyStatementHasTheOrdersTotalsPaymentsAndBalanceDue() {
        settled(charge("FLEET-CARD", 0, 10_000));
        settled(charge("FLEET-CARD", 20_000, 40_000));
        pay("4.17", "p-1");

        AccountStatement march = statements.of(fleet.id(), YearMonth.of(2026, 3));

        assertThat(march.orders()).hasSize(2);
        assertThat(march.totalsPerComponent().get(PriceComponent.ENERGY).plain()).isEqualTo("9.00");
        assertThat(march.totalsPerComponent().get(PriceComponent.SESSION).plain()).isEqualTo("1.00");
        assertThat(march.net().plain()).isEqualTo("10.00");
        // Taxed per order, each rounded once: 0.665 -> 0.67 and 1.235 -> 1.24, so the statement's tax is their sum.
        assertThat(march.tax().plain()).isEqualTo("1.91");
        assertThat(march.gross().plain()).isEqualTo("11.91");
        assertThat(march.paymentsTotal().plain()).isEqualTo("4.17");
        assertThat(march.balanceDue().plain()).isEqualTo("7.74");
        assertThat(march.opening().plus(march.paymentsTotal()).minus(march.gross()).sameAs(march.closing())).isTrue();
        assertThat(statements.of(fleet.id(), YearMonth.of(2026, 2)).orders()).isEmpty();
        assertThatThrownBy(() -> statements.of(fleet.id(), YearMonth.of(2026, 4))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aLateStopLeavesADebtThatBlocksTheWalletUntilATopUpSettlesItFirst() {
        tokens.insert(new RegisteredToken(IdToken.of("CARD-1"), TokenStatus.ACCEPTED, null, null, START));
        Wallet prepaid = wallets.open(OperatorId.of("nord"), null, "Ada", EUR, List.of(IdToken.of("CARD-1")));
        wallets.topUp(prepaid.id(), Money.of("4.00", "EUR"), FundingMethod.CASH, new IdempotencyKey("t-1"), "ops");

        settled(charge("CARD-1", 0, 10_000));

        assertThat(wallets.balance(prepaid.id()).plain()).isEqualTo("-0.17");
        assertThat(wallets.due(prepaid.id()).plain()).isEqualTo("0.17");
        assertThat(authorize.authorize(STATION, IdToken.of("CARD-1")).status()).isEqualTo(AuthorizationStatus.BLOCKED);
        assertThat(refusals.ofWallet(prepaid.id(), 1).getFirst().reason()).contains("owes 0.17 EUR");
        assertThatThrownBy(() -> wallets.close(prepaid.id())).isInstanceOf(Conflict.class);

        wallets.topUp(prepaid.id(), Money.of("10.00", "EUR"), FundingMethod.CASH, new IdempotencyKey("t-2"), "ops");

        assertThat(wallets.balance(prepaid.id()).plain()).isEqualTo("9.83");
        assertThat(wallets.due(prepaid.id()).isZero()).isTrue();
        assertThat(authorize.authorize(STATION, IdToken.of("CARD-1")).status()).isEqualTo(AuthorizationStatus.ACCEPTED);
    }

    @Test
    void aCarOnTheFleetAccountChargesToItByItsVinWithOrWithoutTheVidPrefix() {
        vehicles.add(fleet.id(), Vin.parse("vidwvwzzz1jzxw000001"), "van 7");

        assertThat(authorize.authorize(STATION, IdToken.of("VIDWVWZZZ1JZXW000001")).status())
                .isEqualTo(AuthorizationStatus.ACCEPTED);
        Order order = settled(charge("WVWZZZ1JZXW000001", 0, 10_000));

        assertThat(order.walletId()).isEqualTo(fleet.id());
        assertThat(order.status()).isEqualTo(OrderStatus.SETTLED);
        assertThat(wallets.balance(fleet.id()).plain()).isEqualTo("-4.17");
        assertThat(vehicles.of(fleet.id())).singleElement().satisfies(v -> assertThat(v.vin()).isEqualTo(VIN));
    }

    @Test
    void aVinOnOneAccountCannotBeAddedToAnother() {
        Wallet other = wallets.open(OperatorId.of("nord"), null, "Ada", EUR, List.of());
        vehicles.add(fleet.id(), VIN, null);

        assertThatThrownBy(() -> vehicles.add(other.id(), VIN, null)).isInstanceOf(Conflict.class);
        vehicles.remove(fleet.id(), VIN);
        assertThat(ledger.findByToken(IdToken.of("VID" + VIN.value()))).isEmpty();
        vehicles.add(other.id(), VIN, null);
        assertThat(ledger.findByToken(IdToken.of(VIN.value())).orElseThrow().id()).isEqualTo(other.id());
    }

    @Test
    void aVinIsSeventeenCharactersWithoutIOrQ() {
        for (String bad : List.of("WVWZZZ1JZXW00000", "WVWZZZ1JZXW0000011", "WVWZZZ1JZXW00000I", "VIDWVWZZZ1JZXW0000O",
                "")) {
            assertThatThrownBy(() -> Vin.parse(bad)).as(bad).isInstanceOf(InvalidInput.class);
        }
        assertThat(Vin.parse(" wvwzzz1jzxw000001 ")).isEqualTo(VIN);
        assertThat(VIN.idTokens()).extracting(IdToken::value)
                .containsExactly("WVWZZZ1JZXW000001", "VIDWVWZZZ1JZXW000001");
    }

    @Test
    void aCreditLimitIsPositiveAndInWholeCents() {
        for (String bad : List.of("0", "-5", "0.001", "100000.01")) {
            assertThatThrownBy(() -> wallets.openPostpaid(OperatorId.of("nord"), null, "X", EUR, List.of(),
                    new BigDecimal(bad))).as(bad).isInstanceOf(InvalidInput.class);
        }
    }

    private Booking pay(String amount, String key) {
        return wallets.recordPayment(fleet.id(), Money.of(amount, "EUR"), FundingMethod.BANK_TRANSFER,
                new IdempotencyKey(key), "finance");
    }

    private Order settled(Transaction stopped) {
        settle.accept(new ChargingEvents.TransactionStopped(STATION, stopped, stopped.stoppedAt()));
        return orders.findByTransaction(stopped.id()).orElseThrow();
    }

    private Transaction charge(String token, long fromWh, long toWh) {
        Transaction started = transactions.start(new NewTransaction(STATION, 1, null, IdToken.of(token),
                AuthorizationStatus.ACCEPTED, null, fromWh, START.plusSeconds(fromWh)));
        return transactions.stop(started.id(), new TransactionStop(toWh, START.plusSeconds(fromWh + 7200), "Local",
                null), List.of());
    }
}
