package io.gridcharge.api.localauth;

import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.localauth.LocalListSelection;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A station's local authorization list (OCPP 1.6 §3.5.2): which tokens it keeps for offline use, sending them,
 * and comparing the version it reports with the platform's. Sending and checking answer like the commands: 409
 * not connected, 504 no answer, 502 refused.
 */
public final class LocalListRoutes {
    static final String LOCAL_LIST = "/api/v1/stations/{id}/local-list";

    private final LocalListServices services;
    private final JsonBody json;

    public LocalListRoutes(LocalListServices services, JsonBody json) {
        this.services = services;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get(LOCAL_LIST, this::show);
        routes.put(LOCAL_LIST, this::choose);
        routes.post(LOCAL_LIST + "/sync", this::sync);
        routes.get(LOCAL_LIST + "/version", this::version);
    }

    private void show(Context ctx) {
        StationId station = station(ctx);
        ctx.json(LocalListViews.LocalListView.of(services.choose().selection(station),
                services.choose().state(station)));
    }

    private void choose(Context ctx) {
        LocalListViews.ChooseRequest request = json.read(ctx, LocalListViews.ChooseRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Set<IdToken> tokens = tokens("tokens", request.tokens(), errors);
        Set<IdToken> groups = tokens("groups", request.groups(), errors);
        errors.throwIfAny();

        services.choose().choose(station, new LocalListSelection(tokens, groups));
        ctx.json(LocalListViews.LocalListView.of(services.choose().selection(station),
                services.choose().state(station)));
    }

    private void sync(Context ctx) {
        LocalListViews.SyncRequest request = json.read(ctx, LocalListViews.SyncRequest.class);
        StationId station = station(ctx);
        ctx.json(LocalListViews.SyncView.of(services.synchronize().synchronize(station,
                Boolean.TRUE.equals(request.full()))));
    }

    private void version(Context ctx) {
        ctx.json(LocalListViews.VersionView.of(services.check().check(station(ctx))));
    }

    private static StationId station(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();
        return station;
    }

    private static Set<IdToken> tokens(String field, List<String> values, InputErrors errors) {
        Set<IdToken> tokens = new HashSet<>();
        if (values == null) {
            return tokens;
        }
        for (int i = 0; i < values.size(); i++) {
            int index = i;
            IdToken token = errors.value(field + "[" + index + "]", () -> IdToken.of(values.get(index)));
            if (token != null && !tokens.add(token)) {
                errors.reject(field + "[" + index + "]", "is given twice");
            }
        }
        return tokens;
    }
}
