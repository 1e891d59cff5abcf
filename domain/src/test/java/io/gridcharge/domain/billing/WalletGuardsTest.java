package io.gridcharge.domain.billing;

import static io.gridcharge.domain.billing.Tariffs.aFlatTariff;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Operator;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryChargingRefusals;
import io.gridcharge.domain.testing.InMemoryLedger;
import io.gridcharge.domain.testing.InMemoryTariffs;
import io.gridcharge.domain.testing.InMemoryTenants;
import io.gridcharge.domain.testing.InMemoryTokens;
import io.gridcharge.domain.testing.InMemoryTransactions;
import io.gridcharge.domain.testing.ScriptedStationCommands;
import io.gridcharge.domain.wallet.FundingMethod;
import io.gridcharge.domain.wallet.IdempotencyKey;
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

/** The wallet's two guards (issue 7): the site minimum at authorization, and the running cost while charging. */
class WalletGuardsTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final StationId STATION = StationId.of("CP-1");
    private static final IdToken CARD = IdToken.of("CARD-1");
    private final Fakes.ManualClock clock = new Fakes.ManualClock(NOW);
    private final InMemoryTenants tenants = new InMemoryTenants();
    private final InMemoryTariffs tariffs = new InMemoryTariffs();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryChargingRefusals refusals = new InMemoryChargingRefusals();
    private final ScriptedStationCommands commands = new ScriptedStationCommands().answer("Accepted");
    private final WalletAdministration wallets = new WalletAdministration(ledger, new SandboxPaymentProvider(), clock);
    private final AuthorizeToken authorize = new AuthorizeToken(tokens, clock,
            new WalletFloor(ledger, tenants, refusals, clock));
    private final WatchRunningCost watch = new WatchRunningCost(transactions, tenants, tariffs, ledger, commands);
    private Wallet wallet;

    @BeforeEach
    void aSiteWithAMinimumOfFiveEuros() {
        tenants.insert(new Operator(OperatorId.of("nord"), "Nord", NOW));
        tenants.insert(new Site(SiteId.of("garage"), OperatorId.of("nord"), "Garage", ZoneId.of("Europe/Berlin"),
                Currency.getInstance("EUR"), new BigDecimal("5.00"), null, null, NOW));
        tenants.assign(STATION, SiteId.of("garage"));
        tariffs.add(SiteId.of("garage"), aFlatTariff("0.50").version());
        tokens.insert(new RegisteredToken(CARD, TokenStatus.ACCEPTED, null, null, NOW));
        wallet = wallets.open(OperatorId.of("nord"), null, "Ada", Currency.getInstance("EUR"), List.of(CARD));
    }

    @Test
    void aWalletBelowTheSiteMinimumIsBlockedAndTheReasonIsRecorded() {
        topUp("4.99");

        assertThat(authorize.authorize(STATION, CARD).status()).isEqualTo(AuthorizationStatus.BLOCKED);
        assertThat(refusals.ofWallet(wallet.id(), 10)).singleElement().satisfies(refusal ->
                assertThat(refusal.reason()).isEqualTo("balance 4.99 EUR of wallet " + wallet.id()
                        + " is below the minimum 5.00 EUR of site garage"));
        topUp("0.01");
        assertThat(authorize.authorize(STATION, CARD).status()).isEqualTo(AuthorizationStatus.ACCEPTED);
    }

    @Test
    void aFrozenWalletIsBlockedWhateverItsBalance() {
        topUp("50.00");
        wallets.freeze(wallet.id());

        assertThat(authorize.authorize(STATION, CARD).status()).isEqualTo(AuthorizationStatus.BLOCKED);
        assertThat(refusals.ofWallet(wallet.id(), 1).getFirst().reason()).contains("is frozen");
    }

    @Test
    void aTokenNoWalletPaysForIsAnsweredOnItsOwnStatus() {
        tokens.insert(new RegisteredToken(IdToken.of("FLEET-9"), TokenStatus.ACCEPTED, null, null, NOW));

        assertThat(authorize.authorize(STATION, IdToken.of("FLEET-9")).status()).isEqualTo(AuthorizationStatus.ACCEPTED);
    }

    @Test
    void theChargeIsStoppedBeforeTheNextIntervalWouldTakeTheWalletBelowZero() {
        topUp("10.00");
        Transaction running = transactions.start(new NewTransaction(STATION, 1, null, CARD,
                AuthorizationStatus.ACCEPTED, null, 0, NOW));

        // 7 kWh = 3.50 so far, last interval 3.50: 7.00 < 10.00, keep charging.
        reading(running, NOW.plusSeconds(900), "7.000");
        assertThat(commands.sent(StationCommand.RemoteStop.class)).isEmpty();
        // 14 kWh = 7.00, plus the last interval's 3.50 reaches 10.00: stop now.
        reading(running, NOW.plusSeconds(1800), "14.000");
        reading(running, NOW.plusSeconds(2000), "14.500");

        assertThat(commands.sent(StationCommand.RemoteStop.class)).singleElement()
                .satisfies(stop -> assertThat(stop.transactionId()).isEqualTo(running.id()));
    }

    private void reading(Transaction running, Instant at, String kwh) {
        List<MeterSample> samples = List.of(new MeterSample(at, MeterSample.ENERGY_REGISTER, null, null,
                "Sample.Periodic", new BigDecimal(kwh), "kWh"));
        transactions.appendSamples(STATION, 1, running.id(), samples);
        watch.accept(new ChargingEvents.MeterValuesReceived(STATION, 1, running.id(), samples, at));
    }

    private void topUp(String amount) {
        wallets.topUp(wallet.id(), Money.of(amount, "EUR"), FundingMethod.CASH, new IdempotencyKey("t-" + amount),
                "ops");
    }
}
