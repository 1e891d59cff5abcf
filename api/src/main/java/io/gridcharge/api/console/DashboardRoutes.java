package io.gridcharge.api.console;

import io.gridcharge.api.billing.MoneyView;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.api.live.LiveFeed;
import io.gridcharge.domain.billing.OrderHistory;
import io.gridcharge.domain.billing.OrderQuery;
import io.gridcharge.domain.charging.ChargingStatistics;
import io.gridcharge.domain.charging.ChargingTotals;
import io.gridcharge.domain.station.NetworkCensus;
import io.gridcharge.domain.station.StationCensus;
import io.gridcharge.domain.station.StationPresence;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The dashboard's figures in one request: counted by the database (a few aggregates, whatever the network's
 * size), joined with presence and the live feed's power. {@code since} is the start of the operator's day in
 * the site's time zone, which only the console knows; without it, the start of the UTC day. Revenue is that of the
 * orders dated since then (by their transaction's stop), summed per currency by the database.
 */
public final class DashboardRoutes {
    static final String DASHBOARD = "/api/v1/dashboard";
    static final String SETTINGS = "/api/v1/console/settings";

    private final StationCensus census;
    private final ChargingStatistics charging;
    private final StationPresence presence;
    private final LiveFeed live;
    private final ConsoleSettings settings;
    private final OrderHistory orders;
    private final Clock clock;

    public DashboardRoutes(ConsoleServices console, OrderHistory orders, StationPresence presence, Clock clock) {
        this.census = console.census();
        this.orders = orders;
        this.charging = console.charging();
        this.live = console.live();
        this.settings = console.settings();
        this.presence = presence;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get(DASHBOARD, this::dashboard);
        routes.get(SETTINGS, ctx -> ctx.json(settings));
    }

    private void dashboard(Context ctx) {
        InputErrors errors = new InputErrors();
        Instant now = clock.instant();
        Instant since = new QueryParameters(ctx, errors).instant("since");
        if (since != null && since.isAfter(now)) {
            errors.reject("since", "must not be in the future");
        }
        errors.throwIfAny();
        Instant from = since != null ? since : now.truncatedTo(ChronoUnit.DAYS);

        NetworkCensus network = census.take();
        ChargingTotals totals = charging.since(from);
        long online = Math.min(presence.connectedCount(), network.stations());
        var revenue = orders.revenue(new OrderQuery(null, null, null, null, from, null)).stream()
                .map(MoneyView::of).toList();
        ctx.json(new DashboardView(now, from,
                new DashboardView.StationCounts(network.stations(), online, network.stations() - online,
                        network.stationsCharging(), network.stationsFaulted()),
                new DashboardView.ConnectorCounts(network.connectors(), network.chargingConnectors()),
                new DashboardView.SessionCounts(totals.sessions(), totals.activeSessions()),
                totals.energyWh(), live.totalPowerW(), BigDecimal.valueOf(network.utilizationPerMille(), 1),
                revenue));
    }
}
