package io.gridcharge.app.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.app.testing.ApiClient;
import io.gridcharge.app.testing.PlatformFixture;
import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.DayType;
import io.gridcharge.domain.billing.EnergyPeriod;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.billing.TariffVersion;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionStop;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Operator;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.wallet.FundingMethod;
import io.gridcharge.domain.wallet.IdempotencyKey;
import io.gridcharge.domain.wallet.SandboxPaymentProvider;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletAdministration;
import io.gridcharge.store.TestDatabase;
import io.gridcharge.store.repository.PgLedgerRepository;
import io.gridcharge.store.repository.PgStationRepository;
import io.gridcharge.store.repository.PgTariffRepository;
import io.gridcharge.store.repository.PgTenantRepository;
import io.gridcharge.store.repository.PgTransactionRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exactly once across restarts (issue 7): a transaction whose stop was committed while the platform went down
 * before its order was made is settled when the platform starts again, once.
 */
class SettlementAfterRestartIT {
    private static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");

    @RegisterExtension
    @Order(1)
    static final TestDatabase DATABASE = new TestDatabase();

    /** What the platform left behind before it went down: a funded wallet and a stopped transaction, no order. */
    @RegisterExtension
    @Order(2)
    static final BeforeAllCallback LEFT_BEHIND = context -> {
        var jdbi = DATABASE.jdbi();
        var tenants = new PgTenantRepository(jdbi);
        tenants.insert(new Operator(OperatorId.of("nord"), "Nord", T0));
        tenants.insert(new Site(SiteId.of("hof"), OperatorId.of("nord"), "Hof", ZoneId.of("Europe/Berlin"),
                Currency.getInstance("EUR"), BigDecimal.ZERO, null, null, T0));
        new PgStationRepository(jdbi).insert(new Station(StationId.of("CP-1"), null, null, RegistrationStatus.ACCEPTED,
                null, null, null, null, List.of(), T0));
        tenants.assign(StationId.of("CP-1"), SiteId.of("hof"));
        new PgTariffRepository(jdbi).add(SiteId.of("hof"), new TariffVersion(Instant.parse("2026-01-01T00:00:00Z"),
                Currency.getInstance("EUR"), List.of(
                new EnergyPeriod(DayType.WEEKDAY, 0, 1440, new BigDecimal("0.30")),
                new EnergyPeriod(DayType.WEEKEND, 0, 1440, new BigDecimal("0.30"))), Set.of(), null, null, null, null,
                null, null, null));
        var wallets = new WalletAdministration(new PgLedgerRepository(jdbi), new SandboxPaymentProvider(),
                Clock.fixed(T0, ZoneOffset.UTC));
        Wallet wallet = wallets.open(OperatorId.of("nord"), null, "Ada", Currency.getInstance("EUR"),
                List.of(IdToken.of("CARD-1")));
        wallets.topUp(wallet.id(), Money.of("10.00", "EUR"), FundingMethod.CASH, new IdempotencyKey("k"), "ops");
        var transactions = new PgTransactionRepository(jdbi);
        Transaction started = transactions.start(new NewTransaction(StationId.of("CP-1"), 1, null,
                IdToken.of("CARD-1"), AuthorizationStatus.ACCEPTED, null, 0, T0));
        transactions.stop(started.id(), new TransactionStop(4_000, T0.plusSeconds(3600), "Local", null), List.of());
    };

    @RegisterExtension
    @Order(3)
    static final PlatformFixture PLATFORM = new PlatformFixture(DATABASE);

    @Test
    void aTransactionStoppedWithoutAnOrderIsSettledOnceWhenThePlatformStarts() {
        ApiClient api = PLATFORM.admin();

        JsonNode orders = api.get("/api/v1/orders").body();
        assertThat(orders.path("total").asLong()).isEqualTo(1);
        assertThat(orders.path("items").get(0).path("total").path("amount").asText()).isEqualTo("1.20");
        assertThat(api.get("/api/v1/wallets/1").body().path("balance").path("amount").asText()).isEqualTo("8.80");
        assertThat(api.get("/api/v1/ledger/reconciliation").body().path("balanced").asBoolean()).isTrue();
    }
}
