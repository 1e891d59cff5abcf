package io.gridcharge.domain.billing;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.tenant.TenantRepository;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operating reports computed from the orders of a period (an order is dated by its transaction's stop) and the
 * metering check from the master meter's readings. Periods are given as instants: the API turns "day" and
 * "month" into the site's local midnight boundaries.
 */
public final class BillingReports {
    private static final BigDecimal WH_PER_KWH = BigDecimal.valueOf(1000);

    private final OrderHistory orders;
    private final TenantRepository tenants;
    private final MasterMeterRepository masterMeter;
    private final DowntimeRepository downtime;

    public BillingReports(OrderHistory orders, TenantRepository tenants, MasterMeterRepository masterMeter,
                          DowntimeRepository downtime) {
        this.orders = orders;
        this.tenants = tenants;
        this.masterMeter = masterMeter;
        this.downtime = downtime;
    }

    public PeriodReport ofSite(SiteId site, Instant from, Instant to) {
        return report("site " + site, new OrderQuery(null, site, null, null, from, to), tenants.stationsOf(site),
                from, to);
    }

    public PeriodReport ofStation(StationId station, Instant from, Instant to) {
        return report("station " + station, new OrderQuery(null, null, station, null, from, to), List.of(station),
                from, to);
    }

    public PeriodReport ofOperator(OperatorId operator, Instant from, Instant to) {
        List<StationId> stations = tenants.sites(operator).stream().flatMap(s -> tenants.stationsOf(s.id()).stream())
                .toList();
        return report("operator " + operator, new OrderQuery(operator, null, null, null, from, to), stations, from, to);
    }

    public boolean recordMasterReading(SiteId site, MeterReading reading) {
        return masterMeter.record(site, reading);
    }

    /**
     * Compares the master meter's energy between its first and last reading in the period with the energy of
     * the site's charges that stopped between those readings.
     */
    public MeteringCheck meteringCheck(Site site, Instant from, Instant to) {
        List<MeterReading> readings = masterMeter.readings(site.id(), from, to);
        if (readings.size() < 2) {
            throw new InvalidInput("from", "the period needs two master meter readings of site " + site.id()
                    + "; it has " + readings.size());
        }
        MeterReading first = readings.getFirst();
        MeterReading last = readings.getLast();
        long master = last.registerWh() - first.registerWh();
        long stations = orders.export(new OrderQuery(null, site.id(), null, null, first.at(), last.at())).stream()
                .mapToLong(Order::energyWh).sum();
        long difference = master - stations;
        long allowed = BigDecimal.valueOf(master).multiply(site.expectedLossPercent())
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue();
        boolean flagged = Math.abs(difference) > allowed;
        String verdict = !flagged ? "within expected losses"
                : difference > 0 ? "more energy entered the site than its stations metered: possible theft or a "
                + "station meter fault" : "the stations metered more than entered the site: a metering fault";
        return new MeteringCheck(site.id().value(), first.at(), last.at(), master, stations, difference,
                site.expectedLossPercent(), allowed, flagged, verdict);
    }

    private PeriodReport report(String scope, OrderQuery query, List<StationId> inScope, Instant from, Instant to) {
        int stations = inScope.size();
        if (!to.isAfter(from)) {
            throw new InvalidInput("to", "must be after from");
        }
        List<Order> all = orders.export(query);
        long energy = 0;
        long failed = 0;
        long unpriced = 0;
        Duration charging = Duration.ZERO;
        Map<String, Map<PriceComponent, Money>> revenue = new LinkedHashMap<>();
        Map<String, Money> cost = new HashMap<>();
        Map<String, Boolean> costKnown = new HashMap<>();
        Map<SiteId, Optional<Site>> sites = new HashMap<>();
        for (Order order : all) {
            energy += order.energyWh();
            failed += order.energyWh() == 0 ? 1 : 0;
            charging = charging.plus(Duration.between(max(order.startedAt(), from), order.stoppedAt()));
            if (order.total() == null) {
                unpriced++;
                continue;
            }
            String currency = order.currency().getCurrencyCode();
            Map<PriceComponent, Money> byComponent = revenue.computeIfAbsent(currency, c -> zeroes(order));
            order.breakdown().forEach((component, amount) -> byComponent.merge(component, amount, Money::plus));
            Optional<Site> site = sites.computeIfAbsent(order.siteId(), tenants::findSite);
            BigDecimal supplier = site.map(Site::supplierPricePerKwh).orElse(null);
            costKnown.merge(currency, supplier != null, Boolean::logicalAnd);
            if (supplier != null) {
                Money energyCost = Money.of(BigDecimal.valueOf(order.energyWh()).divide(WH_PER_KWH).multiply(supplier),
                        order.currency());
                cost.merge(currency, energyCost, Money::plus);
            }
        }
        List<PeriodReport.Revenue> lines = new ArrayList<>();
        revenue.forEach((currency, components) -> {
            Money total = components.values().stream().reduce(Money::plus).orElseThrow();
            Money energyCost = costKnown.getOrDefault(currency, false)
                    ? cost.get(currency).rounded(RoundingMode.HALF_UP) : null;
            lines.add(new PeriodReport.Revenue(currency, components, total, energyCost,
                    energyCost == null ? null : total.minus(energyCost)));
        });
        long sessions = all.size();
        BigDecimal available = BigDecimal.valueOf(Duration.between(from, to).toSeconds()).multiply(BigDecimal.valueOf(stations));
        BigDecimal utilization = available.signum() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(charging.toSeconds()).divide(available, new MathContext(6))
                .setScale(4, RoundingMode.HALF_UP);
        return new PeriodReport(scope, from, to, stations, sessions, energy, lines, charging, utilization,
                sessions == 0 ? Duration.ZERO : charging.dividedBy(sessions), sessions == 0 ? 0 : energy / sessions,
                failed, unpriced, downtime.within(inScope, from, to));
    }

    private static Map<PriceComponent, Money> zeroes(Order order) {
        Map<PriceComponent, Money> zero = new EnumMap<>(PriceComponent.class);
        for (PriceComponent component : PriceComponent.values()) {
            zero.put(component, Money.zero(order.currency()));
        }
        return zero;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

}
