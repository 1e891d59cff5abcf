package io.gridcharge.domain.billing;

import static io.gridcharge.domain.billing.Tariffs.aFlatTariff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionStop;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Operator;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryGuestCharges;
import io.gridcharge.domain.testing.InMemoryLedger;
import io.gridcharge.domain.testing.InMemoryOrders;
import io.gridcharge.domain.testing.InMemoryTariffs;
import io.gridcharge.domain.testing.InMemoryTenants;
import io.gridcharge.domain.testing.InMemoryTokens;
import io.gridcharge.domain.testing.InMemoryTransactions;
import io.gridcharge.domain.testing.ScriptedStationCommands;
import io.gridcharge.domain.wallet.MovementKind;
import io.gridcharge.domain.wallet.PaymentDeclined;
import io.gridcharge.domain.wallet.SandboxCardPayments;
import io.gridcharge.domain.wallet.WalletStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A driver without an account charges with a one-off card payment, captured exactly once (issue 7). */
class GuestChargingTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final StationId STATION = StationId.of("CP-1");
    private static final SiteId SITE = SiteId.of("hof");
    private final Fakes.ManualClock clock = new Fakes.ManualClock(NOW);
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryTariffs tariffs = new InMemoryTariffs();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryOrders orders = new InMemoryOrders(ledger, transactions);
    private final InMemoryGuestCharges guests = new InMemoryGuestCharges();
    private final SandboxCardPayments cards = new SandboxCardPayments();
    private final ScriptedStationCommands commands = new ScriptedStationCommands().answer("Accepted");
    private final SettleTransaction settle = new SettleTransaction(transactions, tenants, tariffs, ledger, orders, clock);
    private final GuestCharging guestCharging = new GuestCharging(new GuestCharging.Parts(tenants, tokens, ledger,
            guests, settle, cards, transactions), commands, clock);

    @BeforeEach
    void aSiteTaxedAtNineteenPercent() {
        tenants.insert(new Operator(OperatorId.of("nord"), "Nord", NOW));
        tenants.insert(new Site(SITE, OperatorId.of("nord"), "Hof", ZoneId.of("Europe/Berlin"),
                Currency.getInstance("EUR"), BigDecimal.ZERO, null, null, NOW, new BigDecimal("19")));
        tenants.assign(STATION, SITE);
        tariffs.add(SITE, aFlatTariff("0.30").sessionFee("0.50").version());
    }

    @Test
    void theCostIsCapturedOnceTheRestReleasedAndTheTemporaryWalletClosed() {
        GuestCharge started = guestCharging.start(STATION, 2, Money.of("20.00", "EUR"), "kiosk");

        assertThat(commands.sent(StationCommand.RemoteStart.class)).singleElement().satisfies(start -> {
            assertThat(start.connectorId()).isEqualTo(2);
            assertThat(start.idToken()).isEqualTo(started.idToken());
        });
        assertThat(new AuthorizeToken(tokens, clock).authorize(started.idToken()).status())
                .isEqualTo(AuthorizationStatus.ACCEPTED);
        Transaction stopped = charge(started, 10_000);

        ChargingEvents.TransactionStopped event = new ChargingEvents.TransactionStopped(STATION, stopped, NOW);
        settle.accept(event);
        guestCharging.accept(event);
        guestCharging.accept(event);
        guestCharging.settle(started, stopped);

        GuestCharge finished = guestCharging.get(started.id());
        assertThat(finished.status()).isEqualTo(GuestCharge.Status.CAPTURED);
        assertThat(finished.captured().plain()).isEqualTo("4.17");
        assertThat(finished.released().plain()).isEqualTo("15.83");
        assertThat(orders.find(finished.orderId()).orElseThrow().gross().plain()).isEqualTo("4.17");
        SandboxCardPayments.Hold hold = cards.hold(started.hold());
        assertThat(hold.captures()).isEqualTo(1);
        assertThat(hold.captured().plain()).isEqualTo("4.17");
        assertThat(hold.released()).isTrue();
        assertThat(ledger.movements(started.walletId(), PageRequest.first(10)).items())
                .extracting(m -> m.kind()).containsExactly(MovementKind.REFUND, MovementKind.CHARGE, MovementKind.TOP_UP);
        assertThat(ledger.balance(started.walletId()).isZero()).isTrue();
        assertThat(ledger.find(started.walletId()).orElseThrow().status()).isEqualTo(WalletStatus.CLOSED);
        assertThat(ledger.reconcile().balanced()).isTrue();
    }

    @Test
    void catchUpCapturesAGuestChargeWhoseStopNoOneHeard() {
        GuestCharge started = guestCharging.start(STATION, 1, Money.of("20.00", "EUR"), "kiosk");
        charge(started, 10_000);

        assertThat(guestCharging.catchUp()).isEqualTo(1);
        assertThat(guestCharging.catchUp()).isZero();

        assertThat(guestCharging.get(started.id()).captured().plain()).isEqualTo("4.17");
        assertThat(cards.hold(started.hold()).captures()).isEqualTo(1);
        assertThat(orders.count(new OrderQuery(null, null, null, null, null, null))).isEqualTo(1);
    }

    @Test
    void aStationThatDoesNotStartReleasesTheWholeHoldAndTakesNothing() {
        ScriptedStationCommands refusing = new ScriptedStationCommands().answer("Rejected");
        GuestCharging refused = new GuestCharging(new GuestCharging.Parts(tenants, tokens, ledger, guests, settle,
                cards, transactions), refusing, clock);

        assertThatThrownBy(() -> refused.start(STATION, 1, Money.of("20.00", "EUR"), "kiosk"))
                .isInstanceOf(Conflict.class).hasMessageContaining("Rejected");

        GuestCharge released = guests.find(1).orElseThrow();
        assertThat(released.status()).isEqualTo(GuestCharge.Status.RELEASED);
        assertThat(released.released().plain()).isEqualTo("20.00");
        assertThat(cards.hold(released.hold()).captures()).isZero();
        assertThat(ledger.balance(released.walletId()).isZero()).isTrue();
    }

    @Test
    void aDeclinedCardOrBadAmountStartsNothing() {
        assertThatThrownBy(() -> guestCharging.start(STATION, 1, Money.of("13.13", "EUR"), "kiosk"))
                .isInstanceOf(PaymentDeclined.class);
        for (Money bad : List.of(Money.of("0.00", "EUR"), Money.of("-5.00", "EUR"), Money.of("5.001", "EUR"),
                Money.of("500.01", "EUR"), Money.of("5.00", "CHF"))) {
            assertThatThrownBy(() -> guestCharging.start(STATION, 1, bad, "kiosk")).as(bad.toString())
                    .isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> guestCharging.start(STATION, 0, Money.of("5.00", "EUR"), "kiosk"))
                .isInstanceOf(InvalidInput.class);
        assertThat(commands.sent()).isEmpty();
        assertThat(guests.authorized(10)).isEmpty();
    }

    @Test
    void theGuestTokenExpiresAfterADay() {
        GuestCharge started = guestCharging.start(STATION, 1, Money.of("20.00", "EUR"), "kiosk");

        clock.advance(Duration.ofHours(25));

        assertThat(new AuthorizeToken(tokens, clock).authorize(started.idToken()).status())
                .isEqualTo(AuthorizationStatus.EXPIRED);
    }

    private Transaction charge(GuestCharge guest, long wh) {
        Transaction started = transactions.start(new NewTransaction(STATION, guest.connectorId(), null,
                guest.idToken(), AuthorizationStatus.ACCEPTED, null, 0, NOW));
        return transactions.stop(started.id(), new TransactionStop(wh, NOW.plusSeconds(3600), "Remote", null),
                List.of());
    }
}
