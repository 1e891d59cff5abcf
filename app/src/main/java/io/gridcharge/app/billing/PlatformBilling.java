package io.gridcharge.app.billing;

import io.gridcharge.api.billing.BillingServices;
import io.gridcharge.domain.authorization.ChargingPermission;
import io.gridcharge.domain.billing.BillingReports;
import io.gridcharge.domain.billing.GuestCharging;
import io.gridcharge.domain.billing.MonthlyStatements;
import io.gridcharge.domain.billing.OrderHistory;
import io.gridcharge.domain.billing.RecordDowntime;
import io.gridcharge.domain.billing.SettleTransaction;
import io.gridcharge.domain.billing.SiteTariffs;
import io.gridcharge.domain.billing.WalletFloor;
import io.gridcharge.domain.billing.RunningCost;
import io.gridcharge.domain.billing.ShowRunningCost;
import io.gridcharge.domain.billing.TariffText;
import io.gridcharge.domain.billing.WatchRunningCost;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.charging.TransactionRepository;
import io.gridcharge.domain.event.InProcessEventBus;
import io.gridcharge.domain.shared.PasswordHasher;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;
import io.gridcharge.domain.tenant.TenantAdministration;
import io.gridcharge.domain.tenant.UserRepository;
import io.gridcharge.domain.wallet.DriverVehicles;
import io.gridcharge.domain.wallet.SandboxCardPayments;
import io.gridcharge.domain.wallet.SandboxPaymentProvider;
import io.gridcharge.domain.wallet.WalletAdministration;
import io.gridcharge.store.repository.PgChargingRefusalRepository;
import io.gridcharge.store.repository.PgDowntimeRepository;
import io.gridcharge.store.repository.PgGuestChargeRepository;
import io.gridcharge.store.repository.PgLedgerRepository;
import io.gridcharge.store.repository.PgMasterMeterRepository;
import io.gridcharge.store.repository.PgOrderRepository;
import io.gridcharge.store.repository.PgTariffRepository;
import io.gridcharge.store.repository.PgTenantRepository;
import io.gridcharge.store.repository.PgTokenRepository;
import io.gridcharge.store.repository.PgVehicleRepository;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import io.gridcharge.store.repository.Writes;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Billing and tenancy wired (issue 7): repositories, the settlement of every stopped transaction (subscribed
 * before the gateway starts, and a catch-up of those stopped while the platform was down), the wallet floor
 * at authorization, and the API's billing services. The payment provider is the sandbox.
 */
public final class PlatformBilling {
    /** How long a CostUpdated waits, so that it leaves after the TransactionEvent answer. */
    private static final long COST_UPDATE_DELAY_MS = 50;
    private static final Logger LOG = LoggerFactory.getLogger(PlatformBilling.class);

    private final BillingServices api;
    private final ChargingPermission permission;
    private final WatchRunningCost.Parts watchParts;
    private final SettleTransaction settle;

    private final CommandsOnceWired commands;
    private final GuestCharging guests;

    private PlatformBilling(BillingServices api, ChargingPermission permission, WatchRunningCost.Parts watchParts,
                            SettleTransaction settle, CommandsOnceWired commands, GuestCharging guests) {
        this.api = api;
        this.permission = permission;
        this.watchParts = watchParts;
        this.settle = settle;
        this.commands = commands;
        this.guests = guests;
    }

    /**
     * The station commands for guest charging's remote start: the gateway that carries them is built after
     * billing (authorization needs billing's wallet floor first), so they are handed over once it exists.
     */
    private static final class CommandsOnceWired implements StationCommands {
        private volatile StationCommands gateway;

        @Override
        public CompletableFuture<CommandReply> send(StationId station, StationCommand command) {
            StationCommands target = gateway;
            return target == null ? CompletableFuture.failedFuture(new IllegalStateException("the gateway is not up"))
                    : target.send(station, command);
        }

        @Override
        public CompletableFuture<String> sendRaw(StationId station, String action, String payloadJson) {
            StationCommands target = gateway;
            return target == null ? CompletableFuture.failedFuture(new IllegalStateException("the gateway is not up"))
                    : target.sendRaw(station, action, payloadJson);
        }
    }

    /** @param stationWrites how stations' writes reach the database (group commit), for their downtime rows */
    public static PlatformBilling wire(Jdbi jdbi, Writes stationWrites, TransactionRepository transactions,
                                       StationRepository stations, UserRepository users, PasswordHasher hasher,
                                       InProcessEventBus events, Clock clock) {
        var tenants = new PgTenantRepository(jdbi);
        var tariffs = new PgTariffRepository(jdbi);
        var ledger = new PgLedgerRepository(jdbi);
        var orders = new PgOrderRepository(jdbi);
        var refusals = new PgChargingRefusalRepository(jdbi);
        var downtime = new PgDowntimeRepository(jdbi, stationWrites);
        events.subscribe(new RecordDowntime(downtime));
        var settle = new SettleTransaction(transactions, tenants, tariffs, ledger, orders, clock);
        events.subscribe(settle);
        var history = new OrderHistory(orders);
        var wallets = new WalletAdministration(ledger, new SandboxPaymentProvider(), clock);
        var commands = new CommandsOnceWired();
        var guests = new GuestCharging(new GuestCharging.Parts(tenants, new PgTokenRepository(jdbi), ledger,
                new PgGuestChargeRepository(jdbi), settle, new SandboxCardPayments(), transactions), commands, clock);
        events.subscribe(guests);
        var services = new BillingServices(new TenantAdministration(tenants, stations, users, hasher, clock),
                new SiteTariffs(tariffs), wallets, history,
                new BillingReports(history, tenants, new PgMasterMeterRepository(jdbi), downtime), refusals,
                new DriverVehicles(new PgVehicleRepository(jdbi), ledger, clock),
                new MonthlyStatements(wallets, history, clock), guests);
        var billing = new PlatformBilling(services, new WalletFloor(ledger, tenants, refusals, clock),
                new WatchRunningCost.Parts(transactions, tenants, tariffs, ledger), settle, commands, guests);
        billing.catchUp();
        return billing;
    }

    /** Settles completed transactions that have no order yet (a settlement that failed is retried here). */
    public void catchUp() {
        int settled = settle.catchUp();
        if (settled > 0) {
            LOG.info("settled {} transactions that stopped without an order", settled);
        }
        int captured = guests.catchUp();
        if (captured > 0) {
            LOG.info("captured {} guest payments whose charge stopped without a capture", captured);
        }
    }

    /** Watches the running cost of wallet-paid charges and asks the station to stop before the wallet runs dry. */
    public void watchRunningCost(InProcessEventBus events, StationCommands commands) {
        events.subscribe(new WatchRunningCost(watchParts, commands));
        this.commands.gateway = commands;
    }

    /**
     * Shows drivers of 2.0.1 stations what their charge costs (I02/I03); a CostUpdated leaves shortly after the
     * answer to the event that caused it.
     */
    public ShowRunningCost showRunningCost(StationCommands commands) {
        return new ShowRunningCost(new RunningCost(watchParts.transactions(), watchParts.tenants(),
                watchParts.tariffs()), commands, CompletableFuture.delayedExecutor(COST_UPDATE_DELAY_MS,
                TimeUnit.MILLISECONDS));
    }

    /** The tariff of a station's site as a line for drivers of 2.0.1 stations (I01). */
    public TariffText tariffText(Clock clock) {
        return new TariffText(watchParts.tenants(), watchParts.tariffs(), clock);
    }

    public BillingServices apiServices() {
        return api;
    }

    /** The wallet floor, for authorization. */
    public ChargingPermission permission() {
        return permission;
    }
}
