package io.gridcharge.api.auth;

import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Role;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.TenantAccess;
import io.gridcharge.domain.tenant.TenantAdministration;
import io.gridcharge.domain.tenant.User;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.javalin.http.HandlerType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * Tenancy for the routes that predate it (issue 7). The billing and tenancy routes check each call against the
 * user's operator, site or wallet themselves; of the others, an operator admin or property manager may use the
 * routes of a single station ({@code /api/v1/stations/{id}/...}) of a site they manage — any other station is
 * a 404 — and list stations and transactions, which shows them those of their stations only; everything else
 * (registering stations, tokens, firmware) stays the platform admin's (403).
 */
public final class TenantGate {
    private static final List<String> TENANT_AWARE = List.of("/api/v1/auth/", "/api/v1/operators", "/api/v1/sites",
            "/api/v1/wallets", "/api/v1/orders", "/api/v1/reports/", "/api/v1/ledger/", "/api/v1/users",
            "/api/v1/guest-charges");
    private static final String ONE_STATION = "/api/v1/stations/{id}";
    private static final String STATIONS = "/api/v1/stations";
    /** Listings that show a tenant the rows of their own stations only. */
    private static final List<String> LISTED_BY_STATION = List.of(STATIONS, "/api/v1/transactions",
            "/api/v1/transactions/{id}");
    private static final String VISIBLE_STATIONS = "gridcharge.visibleStations";

    private final TenantAdministration tenants;

    public TenantGate(TenantAdministration tenants) {
        this.tenants = tenants;
    }

    /**
     * The stations the listing of all stations may show this request: null for everyone (the platform admin, or
     * a server without billing), else those of the sites the user manages.
     */
    public static Set<StationId> visibleStations(Context ctx) {
        return ctx.attribute(VISIBLE_STATIONS);
    }

    private Set<StationId> stationsManagedBy(User user) {
        TenantAccess access = new TenantAccess(user);
        Set<StationId> stations = new HashSet<>();
        for (Site site : tenants.sites(user.scope().operator())) {
            if (access.manages(site.operatorId(), site.id())) {
                stations.addAll(tenants.stationsOf(site.id()));
            }
        }
        return stations;
    }

    public void check(Context ctx) {
        if (ctx.routeRoles().contains(Access.ANONYMOUS)) {
            return;
        }
        User user = BearerAuthentication.user(ctx);
        if (user.role() == Role.ADMIN) {
            return;
        }
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        String path = endpoint == null ? ctx.path() : endpoint.path;
        if (TENANT_AWARE.stream().anyMatch(path::startsWith)) {
            return;
        }
        boolean stationRole = user.role() == Role.OPERATOR_ADMIN || user.role() == Role.PROPERTY_MANAGER;
        if (stationRole && LISTED_BY_STATION.contains(path) && ctx.method() == HandlerType.GET) {
            ctx.attribute(VISIBLE_STATIONS, stationsManagedBy(user));
            return;
        }
        if (stationRole && (path.equals(ONE_STATION) || path.startsWith(ONE_STATION + "/"))) {
            StationId station = StationId.of(ctx.pathParam("id"));
            Optional<Site> site = tenants.siteOfStation(station);
            if (site.isEmpty() || !new TenantAccess(user).manages(site.get().operatorId(), site.get().id())) {
                throw new NotFound("station", station);
            }
            return;
        }
        throw Tenancy.forbidden("Role " + user.role() + " may not use " + ctx.method() + " " + path
                + "; its stations are listed at /api/v1/sites/{siteId}/stations.");
    }
}
