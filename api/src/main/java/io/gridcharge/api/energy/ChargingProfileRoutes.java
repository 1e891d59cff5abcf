package io.gridcharge.api.energy;

import io.gridcharge.api.command.Answers;
import io.gridcharge.api.command.CommandReplyView;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.energy.ChargingProfile;
import io.gridcharge.domain.energy.ChargingProfilePurpose;
import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.ClearCriteria;
import io.gridcharge.domain.energy.CompositeScheduleComparison;
import io.gridcharge.domain.energy.InstalledChargingProfile;
import io.gridcharge.domain.energy.ProfileInstallation;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * Smart charging (OCPP 1.6 Smart Charging profile): installing and clearing a station's charging profiles,
 * listing those the platform believes it holds, and its composite schedule beside the platform's own
 * computation (or that computation alone, for a station that need not be connected). Commands wait for the
 * station: 409 not connected, 504 no answer, 502 refused, as every command.
 */
public final class ChargingProfileRoutes {
    static final String PROFILES = "/api/v1/stations/{id}/charging-profiles";
    static final String PROFILE = PROFILES + "/{profileId}";
    static final String CLEAR = PROFILES + "/clear";
    static final String COMPOSITE = "/api/v1/stations/{id}/composite-schedule";
    /** The longest composite schedule asked for: 31 days, past any tariff or grid planning horizon. */
    static final int MAX_DURATION = 31 * 86_400;

    private final SmartChargingServices smartCharging;
    private final StationAdministration stations;
    private final JsonBody json;

    public ChargingProfileRoutes(SmartChargingServices smartCharging, StationAdministration stations, JsonBody json) {
        this.smartCharging = smartCharging;
        this.stations = stations;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post(PROFILES, this::install);
        routes.get(PROFILES, this::list);
        routes.delete(PROFILE, this::clearOne);
        routes.post(CLEAR, this::clear);
        routes.post(COMPOSITE, this::compositeSchedule);
        routes.get(COMPOSITE, this::expectedSchedule);
    }

    private void install(Context ctx) {
        var request = json.read(ctx, ChargingProfileRequests.Install.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Integer connectorId = errors.required("connectorId", request.connectorId());
        ChargingProfileJson wire = errors.required("chargingProfile", request.chargingProfile());
        ChargingProfile profile = wire == null ? null : wire.toDomain("chargingProfile.", errors);
        if (connectorId != null && profile != null) {
            errors.value(() -> new InstalledChargingProfile(connectorId, profile));
        }
        errors.throwIfAny();

        stations.get(station);
        ProfileInstallation installation = Answers.await(smartCharging.install().install(station, connectorId,
                profile), station, "SetChargingProfile");
        ctx.json(new ChargingProfileViews.InstallView(installation.reply().status(), connectorId,
                ChargingProfileJson.of(installation.sent().profile())));
    }

    private void list(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();

        stations.get(station);
        ctx.json(ChargingProfileViews.HeldView.of(smartCharging.installed().of(station)));
    }

    private void clearOne(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Long profileId = PathParameters.number(ctx, "profileId", errors);
        if (profileId != null && (profileId < 1 || profileId > Integer.MAX_VALUE)) {
            errors.reject("profileId", "must be between 1 and " + Integer.MAX_VALUE);
        }
        errors.throwIfAny();

        clear(ctx, station, ClearCriteria.byId(profileId.intValue()));
    }

    private void clear(Context ctx) {
        var request = json.read(ctx, ChargingProfileRequests.Clear.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        ChargingProfilePurpose purpose = errors.optional("chargingProfilePurpose", request.chargingProfilePurpose(),
                Vocabulary.CHARGING_PROFILE_PURPOSE::parse);
        ClearCriteria criteria = errors.value(() -> new ClearCriteria(request.id(), request.connectorId(), purpose,
                request.stackLevel()));
        errors.throwIfAny();

        clear(ctx, station, criteria);
    }

    private void clear(Context ctx, StationId station, ClearCriteria criteria) {
        stations.get(station);
        CommandReply reply = Answers.await(smartCharging.clear().clear(station, criteria), station,
                "ClearChargingProfile");
        ctx.json(new CommandReplyView(reply.status(), List.of(), List.of()));
    }

    private void compositeSchedule(Context ctx) {
        var request = json.read(ctx, ChargingProfileRequests.CompositeSchedule.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Integer connectorId = connectorId(errors.required("connectorId", request.connectorId()), errors);
        Integer duration = duration(errors.required("duration", request.duration()), errors);
        ChargingRateUnit unit = errors.optional("chargingRateUnit", request.chargingRateUnit(),
                Vocabulary.CHARGING_RATE_UNIT::parse);
        errors.throwIfAny();

        stations.get(station);
        CompositeScheduleComparison comparison = Answers.await(
                smartCharging.compositeSchedule().compare(station, connectorId, duration, unit), station,
                "GetCompositeSchedule");
        ctx.json(ChargingProfileViews.ComparisonView.of(connectorId, comparison));
    }

    /** The platform's expectation alone, from now: the station is not asked and need not be connected. */
    private void expectedSchedule(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        QueryParameters query = new QueryParameters(ctx, errors);
        Integer connectorId = connectorId(required(query, "connectorId", errors), errors);
        Integer duration = duration(required(query, "duration", errors), errors);
        ChargingRateUnit unit = query.oneOf("chargingRateUnit", Vocabulary.CHARGING_RATE_UNIT);
        errors.throwIfAny();

        stations.get(station);
        var expected = smartCharging.compositeSchedule().expected(station, connectorId, duration,
                unit == null ? ChargingRateUnit.AMPERES : unit);
        ctx.json(ChargingProfileViews.CompositeView.of(connectorId, expected));
    }

    private static Integer required(QueryParameters query, String name, InputErrors errors) {
        if (query.text(name) == null) {
            errors.reject(name, "is required");
        }
        return query.integer(name);
    }

    private static Integer connectorId(Integer connectorId, InputErrors errors) {
        if (connectorId != null && connectorId < 0) {
            errors.reject("connectorId", "must not be negative");
        }
        return connectorId;
    }

    private static Integer duration(Integer duration, InputErrors errors) {
        if (duration != null && (duration < 1 || duration > MAX_DURATION)) {
            errors.reject("duration", "must be between 1 and " + MAX_DURATION + " seconds");
        }
        return duration;
    }
}
