package io.gridcharge.domain.billing;

import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionRepository;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.event.DomainEvent;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.TenantRepository;
import io.gridcharge.domain.wallet.LedgerRepository;
import io.gridcharge.domain.wallet.Wallet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * While a wallet-paid charge runs, each meter reading prices it so far with the site's tariff (issue 7). When
 * the running cost plus what the last interval cost would reach the wallet's balance, the next interval would
 * take the wallet below zero (the prepaid floor), so the platform asks the station to stop now (OCPP 1.6 §5.12
 * RemoteStopTransaction), once per transaction. The stop is a request: the order settles whatever the station
 * finally reports, which may leave a small negative balance if the station stops late.
 */
public final class WatchRunningCost implements Consumer<DomainEvent> {
    private static final Logger LOG = Logger.getLogger(WatchRunningCost.class.getName());

    private final TransactionRepository transactions;
    private final TenantRepository tenants;
    private final TariffRepository tariffs;
    private final LedgerRepository ledger;
    private final StationCommands commands;
    private final Set<Long> stopsRequested = ConcurrentHashMap.newKeySet();

    /** What the watch reads, for wiring it once the station commands exist. */
    public record Parts(TransactionRepository transactions, TenantRepository tenants, TariffRepository tariffs,
                        LedgerRepository ledger) {
    }

    public WatchRunningCost(Parts parts, StationCommands commands) {
        this(parts.transactions(), parts.tenants(), parts.tariffs(), parts.ledger(), commands);
    }

    public WatchRunningCost(TransactionRepository transactions, TenantRepository tenants, TariffRepository tariffs,
                            LedgerRepository ledger, StationCommands commands) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.tariffs = tariffs;
        this.ledger = ledger;
        this.commands = commands;
    }

    @Override
    public void accept(DomainEvent event) {
        if (event instanceof ChargingEvents.MeterValuesReceived received && received.transactionId() != null) {
            transactions.find(received.transactionId()).filter(Transaction::isActive).ifPresent(this::check);
        } else if (event instanceof ChargingEvents.TransactionStopped stopped) {
            stopsRequested.remove(stopped.transaction().id());
        }
    }

    /** Whether a stop was asked for (true when asked now or before). */
    public boolean check(Transaction running) {
        if (stopsRequested.contains(running.id()) || running.idToken() == null) {
            return stopsRequested.contains(running.id());
        }
        Optional<Wallet> wallet = ledger.findByToken(running.idToken());
        if (wallet.isEmpty()) {
            return false; // most readings: a card without a wallet has nothing to watch, so no site is read
        }
        Optional<Site> site = tenants.siteOf(running.stationId()).flatMap(tenants::findSite);
        if (site.isEmpty() || !wallet.get().currency().equals(site.get().currency())) {
            return false;
        }
        Tariff tariff = tariffs.tariffOf(site.get().id());
        List<MeterSample> energy = RunningCost.energyReadings(running, transactions.samplesOf(running.id()));
        if (energy.isEmpty() || tariff.versionAt(running.startedAt()).isEmpty()) {
            return false;
        }
        Money soFar = RunningCost.gross(site.get(),
                RunningCost.costUntil(tariff, site.get(), running, energy, energy.size()));
        Money before = RunningCost.gross(site.get(), energy.size() > 1
                ? RunningCost.costUntil(tariff, site.get(), running, energy, energy.size() - 1)
                : RunningCost.costUntil(tariff, site.get(), running, List.of(), 0));
        Money lastInterval = soFar.minus(before);
        // What the wallet may still spend: its balance, and for a fleet account its credit limit on top.
        Money balance = ledger.balance(wallet.get().id()).plus(wallet.get().credit());
        if (soFar.plus(lastInterval).isLessThan(balance)) {
            return false;
        }
        if (stopsRequested.add(running.id())) {
            LOG.info("transaction " + running.id() + " costs " + soFar + " so far against a balance of " + balance
                    + " of wallet " + wallet.get().id() + ": asking station " + running.stationId() + " to stop");
            commands.send(running.stationId(), new StationCommand.RemoteStop(running.id(),
                    running.stationTransactionId())).exceptionally(failure -> {
                        LOG.warning("remote stop of transaction " + running.id() + " failed: " + failure.getMessage());
                        stopsRequested.remove(running.id());
                        return null;
                    });
        }
        return true;
    }
}
