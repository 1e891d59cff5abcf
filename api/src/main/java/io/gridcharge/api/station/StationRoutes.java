package io.gridcharge.api.station;

import io.gridcharge.api.auth.TenantGate;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationPresence;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Registering, listing, looking up, changing and removing stations. */
public final class StationRoutes {
    static final String STATIONS = "/api/v1/stations";
    static final String STATION = STATIONS + "/{id}";
    /** The limit {@link Station} puts on names, checked here too because a change is written before it is read back. */
    static final int MAX_NAME = 100;

    private final StationAdministration stations;
    private final StationPresence presence;
    private final StationListing listing;
    private final JsonBody json;

    public StationRoutes(StationAdministration stations, StationPresence presence, JsonBody json) {
        this.stations = stations;
        this.presence = presence;
        this.listing = new StationListing(stations, presence);
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post(STATIONS, this::register);
        routes.get(STATIONS, this::list);
        routes.get(STATION, this::get);
        routes.patch(STATION, this::change);
        routes.delete(STATION, this::remove);
    }

    private void register(Context ctx) {
        RegisterStationRequest request = json.read(ctx, RegisterStationRequest.class);
        InputErrors errors = new InputErrors();
        StationId id = errors.value("id", () -> StationId.of(request.id()));
        String name = name(request.name(), errors);
        String password = password(request.password(), errors);
        RegistrationStatus registration = errors.optional("registration", request.registration(),
                Vocabulary.REGISTRATION::parse);
        errors.throwIfAny();

        Station station = stations.register(id, name, password, registration);
        ctx.status(201).header("Location", STATIONS + "/" + id).json(StationView.of(station, presence));
    }

    private void list(Context ctx) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        String text = query.text("q");
        RegistrationStatus registration = query.oneOf("registration", Vocabulary.REGISTRATION);
        Boolean connected = query.bool("connected");
        PageRequest page = query.page();
        errors.throwIfAny();

        ctx.json(PageView.of(listing.list(text, registration, connected, TenantGate.visibleStations(ctx), page),
                s -> StationView.of(s, presence)));
    }

    private void get(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId id = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();

        ctx.json(StationView.of(stations.get(id), presence, stations.evseConnectors(id)));
    }

    private void change(Context ctx) {
        JsonBody.Fields<ChangeStationRequest> body = json.readFields(ctx, ChangeStationRequest.class);
        ChangeStationRequest request = body.value();
        InputErrors errors = new InputErrors();
        StationId id = PathParameters.stationId(ctx, errors);
        for (String field : new String[] {"name", "password", "registration"}) {
            if (body.isNull(field)) {
                errors.reject(field, "cannot be cleared; leave it out to keep it");
            }
        }
        String name = name(request.name(), errors);
        String password = password(request.password(), errors);
        RegistrationStatus registration = errors.optional("registration", request.registration(),
                Vocabulary.REGISTRATION::parse);
        errors.throwIfAny();

        ctx.json(StationView.of(stations.change(id, name, password, registration), presence));
    }

    private void remove(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId id = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();

        stations.remove(id);
        ctx.status(204);
    }

    private static String name(String name, InputErrors errors) {
        if (name != null && name.isBlank()) {
            errors.reject("name", "must not be blank");
        }
        return errors.maxLength("name", name, MAX_NAME);
    }

    /** OCPP 1.6 Security Whitepaper §3.1.2, as {@link StationAdministration} enforces it. */
    private static String password(String password, InputErrors errors) {
        if (password != null && (password.length() < StationAdministration.MIN_PASSWORD
                || password.length() > StationAdministration.MAX_PASSWORD)) {
            errors.reject("password", "must be " + StationAdministration.MIN_PASSWORD + " to "
                    + StationAdministration.MAX_PASSWORD + " characters");
        }
        return password;
    }
}
