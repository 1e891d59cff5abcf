package io.gridcharge.api.http;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.station.StationId;
import io.javalin.http.Context;

/** The identifiers in request paths, checked like any other input. */
public final class PathParameters {
    private PathParameters() {
    }

    public static StationId stationId(Context ctx, InputErrors errors) {
        return errors.value("id", () -> StationId.of(ctx.pathParam("id")));
    }

    public static IdToken idToken(Context ctx, InputErrors errors) {
        return errors.value("idToken", () -> IdToken.of(ctx.pathParam("idToken")));
    }

    public static Long number(Context ctx, String name, InputErrors errors) {
        try {
            return Long.valueOf(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            errors.reject(name, "must be an integer");
            return null;
        }
    }
}
