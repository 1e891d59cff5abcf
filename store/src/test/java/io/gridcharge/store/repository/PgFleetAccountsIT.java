package io.gridcharge.store.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.billing.AccountStatement;
import io.gridcharge.domain.billing.DayType;
import io.gridcharge.domain.billing.EnergyPeriod;
import io.gridcharge.domain.billing.GuestCharge;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.billing.MonthlyStatements;
import io.gridcharge.domain.billing.Order;
import io.gridcharge.domain.billing.OrderHistory;
import io.gridcharge.domain.billing.SettleTransaction;
import io.gridcharge.domain.billing.TariffVersion;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionStop;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Operator;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.wallet.DriverVehicles;
import io.gridcharge.domain.wallet.FundingMethod;
import io.gridcharge.domain.wallet.IdempotencyKey;
import io.gridcharge.domain.wallet.SandboxPaymentProvider;
import io.gridcharge.domain.wallet.Vin;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletAdministration;
import io.gridcharge.store.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Post-paid accounts, vehicles and taxed orders on PostgreSQL (issue 7). */
class PgFleetAccountsIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final SiteId SITE = SiteId.of("depot");
    private static final StationId STATION = StationId.of("CP-1");
    private static final Vin VIN = new Vin("WF0XXXGCDX1234567");

    private final Fakes.ManualClock clock = new Fakes.ManualClock(T0);
    private PgTenantRepository tenants;
    private PgLedgerRepository ledger;
    private PgOrderRepository orders;
    private PgTransactionRepository transactions;
    private PgTokenRepository tokens;
    private WalletAdministration wallets;
    private DriverVehicles vehicles;
    private SettleTransaction settle;
    private Wallet fleet;
    private int charges;

    @BeforeEach
    void aDepotTaxedAtNineteenPercentAndAFleetAccount() {
        db.jdbi().useHandle(handle -> handle.execute("""
                TRUNCATE stations, transactions, id_tokens, operators, sites, site_stations, tariff_versions,
                    tariff_energy_periods, wallets, wallet_tokens, vehicles, orders, ledger_movements, ledger_entries,
                    idempotency_keys, charging_refusals, guest_charges RESTART IDENTITY CASCADE"""));
        tenants = new PgTenantRepository(db.jdbi());
        ledger = new PgLedgerRepository(db.jdbi());
        orders = new PgOrderRepository(db.jdbi());
        transactions = new PgTransactionRepository(db.jdbi());
        tokens = new PgTokenRepository(db.jdbi());
        PgTariffRepository tariffs = new PgTariffRepository(db.jdbi());
        wallets = new WalletAdministration(ledger, new SandboxPaymentProvider(), clock);
        vehicles = new DriverVehicles(new PgVehicleRepository(db.jdbi()), ledger, clock);
        settle = new SettleTransaction(transactions, tenants, tariffs, ledger, orders, clock);
        new PgStationRepository(db.jdbi()).insert(Fixtures.aStation("CP-1").build());
        tenants.insert(new Operator(OperatorId.of("nord"), "Nord", T0));
        tenants.insert(new Site(SITE, OperatorId.of("nord"), "Depot", ZoneId.of("Europe/Berlin"), EUR,
                BigDecimal.ZERO, null, null, T0, new BigDecimal("19")));
        tenants.assign(STATION, SITE);
        tariffs.add(SITE, new TariffVersion(Instant.parse("2020-01-01T00:00:00Z"), EUR, List.of(
                new EnergyPeriod(DayType.WEEKDAY, 0, 1440, new BigDecimal("0.30")),
                new EnergyPeriod(DayType.WEEKEND, 0, 1440, new BigDecimal("0.30"))),
                Set.of(), null, null, null, null, new BigDecimal("0.50"), null, null));
        fleet = wallets.openPostpaid(OperatorId.of("nord"), null, "Spedition", EUR, List.of(), new BigDecimal("250"));
    }

    @Test
    void aSiteKeepsItsTaxRateAndAnAccountItsCreditLimit() {
        assertThat(tenants.findSite(SITE).orElseThrow().taxRatePercent()).isEqualByComparingTo("19");
        assertThat(ledger.find(fleet.id()).orElseThrow().creditLimit()).isEqualByComparingTo("250");
        assertThat(ledger.list(OperatorId.of("nord"), null, io.gridcharge.domain.shared.PageRequest.first(10)).items())
                .singleElement().satisfies(w -> assertThat(w.isPostpaid()).isTrue());
    }

    @Test
    void aCarChargesToTheFleetAndItsTaxedOrderIsKeptAndOwed() {
        vehicles.add(fleet.id(), VIN, "van 7");

        assertThat(tokens.find(IdToken.of("VID" + VIN.value()))).get()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TokenStatus.ACCEPTED));
        assertThat(ledger.findByToken(IdToken.of(VIN.value()))).get()
                .satisfies(w -> assertThat(w.id()).isEqualTo(fleet.id()));
        Order order = settle.settle(charge("VID" + VIN.value(), 10_000));

        Order kept = orders.find(order.id()).orElseThrow();
        assertThat(kept.total().plain()).isEqualTo("3.50");
        assertThat(kept.tax().ratePercent()).isEqualByComparingTo("19");
        assertThat(kept.tax().amount().plain()).isEqualTo("0.67");
        assertThat(kept.gross().plain()).isEqualTo("4.17");
        assertThat(ledger.balance(fleet.id()).plain()).isEqualTo("-4.17");
        assertThat(ledger.reconcile().balanced()).isTrue();

        AccountStatement march = new MonthlyStatements(wallets, new OrderHistory(orders), clock)
                .of(fleet.id(), YearMonth.of(2026, 3));
        assertThat(march.orders()).extracting(Order::id).containsExactly(order.id());
        assertThat(march.balanceDue().plain()).isEqualTo("4.17");
    }

    @Test
    void aVinOnTwoAccountsOrATokenPaidElsewhereIsRefusedAndNothingIsWritten() {
        Wallet ada = wallets.open(OperatorId.of("nord"), null, "Ada", EUR, List.of(IdToken.of("VID" + VIN.value())));

        assertThatThrownBy(() -> vehicles.add(fleet.id(), VIN, null)).isInstanceOf(Conflict.class);
        assertThat(vehicles.of(fleet.id())).isEmpty();
        assertThat(ledger.findByToken(IdToken.of(VIN.value()))).isEmpty();

        vehicles.add(ada.id(), new Vin("WF0XXXGCDX7654321"), null);
        assertThatThrownBy(() -> vehicles.add(fleet.id(), new Vin("WF0XXXGCDX7654321"), null))
                .isInstanceOf(Conflict.class);
        vehicles.remove(ada.id(), new Vin("WF0XXXGCDX7654321"));
        assertThat(ledger.findByToken(IdToken.of("WF0XXXGCDX7654321"))).isEmpty();
    }

    @Test
    void aPaymentIsBookedOnceUnderItsKeyAndNeverBeyondWhatIsDue() {
        settle.settle(charge("VID" + VIN.value(), 10_000));
        vehicles.add(fleet.id(), VIN, null);
        Order order = settle.settle(charge(VIN.value(), 10_000));
        assertThat(order.walletId()).isEqualTo(fleet.id());

        assertThatThrownBy(() -> pay("4.18", "p-1")).isInstanceOf(Conflict.class);
        pay("4.17", "p-1");
        pay("4.17", "p-1");

        assertThat(ledger.balance(fleet.id()).isZero()).isTrue();
        assertThat(ledger.movements(fleet.id(), io.gridcharge.domain.shared.PageRequest.first(10)).total()).isEqualTo(2);
    }

    @Test
    void theDatabaseRefusesAPricedOrderWithoutTaxAndANonPositiveCreditLimit() {
        settle.settle(charge("CARD-9", 10_000));

        assertThatThrownBy(() -> db.jdbi().useHandle(handle -> handle.execute("UPDATE orders SET tax = NULL")))
                .hasMessageContaining("orders_taxed");
        assertThatThrownBy(() -> db.jdbi().useHandle(handle -> handle.execute(
                "INSERT INTO wallets (operator_id, holder, currency, status, opened_at, credit_limit) "
                        + "VALUES ('nord', 'X', 'EUR', 'ACTIVE', now(), 0)")))
                .hasMessageContaining("credit_limit");
    }

    @Test
    void aGuestChargeIsFinishedByOneConditionalWriteOnly() {
        Wallet temporary = wallets.open(OperatorId.of("nord"), SITE, "guest", EUR, List.of(IdToken.of("GUEST-1")));
        PgGuestChargeRepository guests = new PgGuestChargeRepository(db.jdbi());
        GuestCharge held = guests.insert(new GuestCharge(0, IdToken.of("GUEST-1"), temporary.id(), SITE, STATION, 1,
                Money.of("20.00", "EUR"), "hold-1", GuestCharge.Status.AUTHORIZED, null, null, T0,
                T0.plusSeconds(86_400)));
        GuestCharge captured = new GuestCharge(held.id(), held.idToken(), held.walletId(), held.siteId(),
                held.stationId(), held.connectorId(), held.held(), held.hold(), GuestCharge.Status.CAPTURED,
                Money.of("4.17", "EUR"), null, held.createdAt(), held.expiresAt());

        assertThat(guests.authorized(10)).extracting(GuestCharge::id).containsExactly(held.id());
        assertThat(guests.finish(captured)).isTrue();
        assertThat(guests.finish(captured)).isFalse();

        assertThat(guests.findByToken(IdToken.of("GUEST-1"))).get().satisfies(g -> {
            assertThat(g.status()).isEqualTo(GuestCharge.Status.CAPTURED);
            assertThat(g.released().plain()).isEqualTo("15.83");
        });
        assertThat(guests.authorized(10)).isEmpty();
    }

    private void pay(String amount, String key) {
        wallets.recordPayment(fleet.id(), Money.of(amount, "EUR"), FundingMethod.BANK_TRANSFER, new IdempotencyKey(key),
                "finance");
    }

    private Transaction charge(String token, long wh) {
        Instant start = T0.plusSeconds(charges++ * 7200L);
        Transaction started = transactions.start(new NewTransaction(STATION, 1, null, IdToken.of(token),
                AuthorizationStatus.ACCEPTED, null, 0, start));
        return transactions.stop(started.id(), new TransactionStop(wh, start.plusSeconds(3600), "Local", null),
                List.of());
    }
}
