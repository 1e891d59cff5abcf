package io.gridcharge.api.console;

import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.MapArea;
import io.gridcharge.domain.station.MapMarker;
import io.gridcharge.domain.station.PlaceStation;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationLocation;
import io.gridcharge.domain.station.StationLocations;
import io.gridcharge.domain.station.StationPresence;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * Stations on the map: each station's location, and the markers inside the part of the map in view. The
 * markers of one view are bounded ({@link #MAX_MARKERS}); the console clusters them itself.
 */
public final class MapRoutes {
    static final String LOCATION = "/api/v1/stations/{id}/location";
    static final String MARKERS = "/api/v1/map/markers";
    static final int DEFAULT_MARKERS = 2_000;
    static final int MAX_MARKERS = 20_000;

    public record LocationRequest(Double latitude, Double longitude) {
    }

    public record LocationView(String stationId, double latitude, double longitude) {
        static LocationView of(StationLocation location) {
            return new LocationView(location.stationId().value(), location.latitude(), location.longitude());
        }
    }

    public record MarkerView(String stationId, double latitude, double longitude, boolean connected, String status) {
    }

    /** {@code truncated}: more stations are in view than were sent; the console says so. */
    public record MarkersView(List<MarkerView> items, boolean truncated) {
    }

    private final PlaceStation places;
    private final StationLocations locations;
    private final StationPresence presence;
    private final JsonBody json;

    public MapRoutes(ConsoleServices console, StationPresence presence, JsonBody json) {
        this.places = console.places();
        this.locations = console.locations();
        this.presence = presence;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.put(LOCATION, this::place);
        routes.get(LOCATION, this::get);
        routes.delete(LOCATION, this::remove);
        routes.get(MARKERS, this::markers);
    }

    private void place(Context ctx) {
        LocationRequest request = json.read(ctx, LocationRequest.class);
        InputErrors errors = new InputErrors();
        StationId id = PathParameters.stationId(ctx, errors);
        errors.required("latitude", request.latitude());
        errors.required("longitude", request.longitude());
        errors.throwIfAny();
        StationLocation location = errors.value(() -> new StationLocation(id, request.latitude(), request.longitude()));
        errors.throwIfAny();

        ctx.json(LocationView.of(places.place(location)));
    }

    private void get(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId id = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();

        ctx.json(LocationView.of(places.locationOf(id).orElseThrow(() ->
                new NotFound("location of station", id.value()))));
    }

    private void remove(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId id = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();

        places.unplace(id);
        ctx.status(204);
    }

    private void markers(Context ctx) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        Double south = number(query, errors, "south", -90);
        Double west = number(query, errors, "west", -180);
        Double north = number(query, errors, "north", 90);
        Double east = number(query, errors, "east", 180);
        Integer limit = query.integer("limit");
        if (limit != null && (limit < 1 || limit > MAX_MARKERS)) {
            errors.reject("limit", "must be between 1 and " + MAX_MARKERS);
        }
        errors.throwIfAny();
        MapArea area = errors.value(() -> new MapArea(south, west, north, east));
        errors.throwIfAny();

        int wanted = limit == null ? DEFAULT_MARKERS : limit;
        List<MapMarker> found = locations.within(area, wanted + 1);
        List<MarkerView> items = found.stream().limit(wanted).map(this::view).toList();
        ctx.json(new MarkersView(items, found.size() > wanted));
    }

    private MarkerView view(MapMarker marker) {
        StationLocation location = marker.location();
        return new MarkerView(location.stationId().value(), location.latitude(), location.longitude(),
                presence.isConnected(location.stationId()),
                marker.headline().map(Vocabulary.CONNECTOR_STATUS::name).orElse(null));
    }

    private static Double number(QueryParameters query, InputErrors errors, String name, double fallback) {
        String text = query.text(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            errors.reject(name, "must be a number of degrees");
            return null;
        }
    }
}
