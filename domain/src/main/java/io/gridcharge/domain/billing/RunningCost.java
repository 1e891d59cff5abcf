package io.gridcharge.domain.billing;

import io.gridcharge.domain.charging.MeterSample;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionRepository;
import io.gridcharge.domain.charging.TransactionStatus;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.TenantRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a charge costs so far, priced with its site's tariff exactly as the order will price it when it stops
 * (issue 7, {@link ChargePricing}): a running charge as if it stopped at its latest energy register reading, a
 * finished one as it stopped, tax included (the gross the wallet is charged). OCPP 2.0.1 stations show it to the
 * driver (I02 running cost, I03 final cost).
 * Empty when the station is in no site, or its site has no tariff in force when the charge started.
 */
public final class RunningCost {
    private final TransactionRepository transactions;
    private final TenantRepository tenants;
    private final TariffRepository tariffs;

    public RunningCost(TransactionRepository transactions, TenantRepository tenants, TariffRepository tariffs) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.tariffs = tariffs;
    }

    public Optional<Money> of(Transaction transaction) {
        return of(transaction, List.of());
    }

    /**
     * As {@link #of(Transaction)}, with readings just received that may not be stored yet (meter samples reach the
     * database in batches).
     */
    public Optional<Money> of(Transaction transaction, List<MeterSample> justReceived) {
        Optional<Site> site = tenants.siteOf(transaction.stationId()).flatMap(tenants::findSite);
        if (site.isEmpty()) {
            return Optional.empty();
        }
        Tariff tariff = tariffs.tariffOf(site.get().id());
        if (tariff.versionAt(transaction.startedAt()).isEmpty()) {
            return Optional.empty();
        }
        List<MeterSample> samples = new ArrayList<>(transactions.samplesOf(transaction.id()));
        samples.addAll(justReceived);
        if (!transaction.isActive()) {
            return Optional.of(gross(site.get(), priced(tariff, site.get(), ChargeRecord.of(transaction, samples))));
        }
        List<MeterSample> energy = energyReadings(transaction, samples);
        return Optional.of(gross(site.get(), costUntil(tariff, site.get(), transaction, energy, energy.size())));
    }

    /** What the driver pays for a net price: the site's tax on top (issue 7, taxes), as the order will charge. */
    static Money gross(Site site, Money net) {
        return net.plus(Tax.on(net, site.taxRatePercent()).amount());
    }

    /** The transaction's whole-meter energy register readings after its start, oldest first. */
    static List<MeterSample> energyReadings(Transaction running, List<MeterSample> samples) {
        return samples.stream()
                .filter(s -> MeterSample.ENERGY_REGISTER.equals(s.measurand()) && s.phase() == null
                        && s.at().isAfter(running.startedAt()) && s.energyWh().isPresent())
                .sorted(Comparator.comparing(MeterSample::at))
                .toList();
    }

    /** The price of a running charge as if it stopped at the {@code count}-th energy reading (or at its start). */
    static Money costUntil(Tariff tariff, Site site, Transaction running, List<MeterSample> energy, int count) {
        MeterSample last = count == 0 ? null : energy.get(count - 1);
        long registerWh = last == null ? running.meterStartWh() : last.energyWh().getAsLong();
        Transaction asIfStopped = new Transaction(running.id(), running.stationId(), running.connectorId(),
                running.stationTransactionId(), running.idToken(), running.startAuthorization(),
                running.reservationId(), running.meterStartWh(), running.startedAt(),
                Math.max(running.meterStartWh(), registerWh), last == null ? running.startedAt() : last.at(), null,
                null, TransactionStatus.COMPLETED);
        return priced(tariff, site, ChargeRecord.of(asIfStopped, energy.subList(0, count)));
    }

    private static Money priced(Tariff tariff, Site site, ChargeRecord charge) {
        try {
            return ChargePricing.price(tariff, site.timeZone(), charge).total();
        } catch (InvalidInput e) {
            return Money.zero(site.currency());
        }
    }
}
