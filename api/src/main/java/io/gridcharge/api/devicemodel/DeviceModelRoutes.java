package io.gridcharge.api.devicemodel;

import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.domain.devicemodel.DeviceModelQuery;
import io.gridcharge.domain.devicemodel.DeviceModelRepository;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * A station's device model as it last reported it (OCPP 2.0.1 NotifyReport): its components, their variables with
 * attributes and characteristics (filtered by component, variable and EVSE, names without regard to case), and the
 * reports received.
 */
public final class DeviceModelRoutes {
    static final String DEVICE_MODEL = "/api/v1/stations/{id}/device-model";
    static final String COMPONENTS = DEVICE_MODEL + "/components";
    static final String VARIABLES = DEVICE_MODEL + "/variables";
    static final String REPORTS = DEVICE_MODEL + "/reports";
    private static final int REPORTS_SHOWN = 20;

    private final StationAdministration stations;
    private final DeviceModelRepository models;

    public DeviceModelRoutes(StationAdministration stations, DeviceModelRepository models) {
        this.stations = stations;
        this.models = models;
    }

    public void register(RoutesConfig routes) {
        routes.get(COMPONENTS, this::components);
        routes.get(VARIABLES, this::variables);
        routes.get(REPORTS, this::reports);
    }

    private void components(Context ctx) {
        StationId id = knownStation(ctx, new InputErrors());
        ctx.json(Map.of("items", models.components(id).stream().map(DeviceModelViews.ComponentSummaryView::of)
                .toList()));
    }

    private void variables(Context ctx) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        String component = query.text("component");
        String variable = query.text("variable");
        Integer evseId = query.integer("evseId");
        PageRequest page = query.page();
        StationId id = knownStation(ctx, errors);
        ctx.json(PageView.of(models.variables(id, new DeviceModelQuery(component, variable, evseId), page),
                DeviceModelViews.VariableView::of));
    }

    private void reports(Context ctx) {
        StationId id = knownStation(ctx, new InputErrors());
        ctx.json(Map.of("items", models.reports(id, REPORTS_SHOWN).stream().map(DeviceModelViews.ReportView::of)
                .toList()));
    }

    private StationId knownStation(Context ctx, InputErrors errors) {
        StationId id = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();
        if (stations.find(id).isEmpty()) {
            throw new NotFound("station", id);
        }
        return id;
    }
}
