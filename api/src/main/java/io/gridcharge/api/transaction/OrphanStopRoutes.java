package io.gridcharge.api.transaction;

import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.domain.charging.OrphanStopHistory;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The stops of transactions the platform never saw, kept for an operator to reconcile (OCPP 1.6 §4.10). */
public final class OrphanStopRoutes {
    static final String ORPHAN_STOPS = "/api/v1/orphan-stops";

    private final OrphanStopHistory orphanStops;

    public OrphanStopRoutes(OrphanStopHistory orphanStops) {
        this.orphanStops = orphanStops;
    }

    public void register(RoutesConfig routes) {
        routes.get(ORPHAN_STOPS, this::list);
    }

    private void list(Context ctx) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        StationId stationId = errors.optional("stationId", query.text("stationId"), StationId::of);
        PageRequest page = query.page();
        errors.throwIfAny();

        ctx.json(PageView.of(orphanStops.list(stationId, page), OrphanStopView::of));
    }
}
