package io.gridcharge.api.billing;

import io.gridcharge.api.auth.Tenancy;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.api.user.UserView;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Operator;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Role;
import io.gridcharge.domain.tenant.Scope;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.tenant.TenantAccess;
import io.gridcharge.domain.tenant.TenantAdministration;
import io.gridcharge.domain.tenant.User;
import io.gridcharge.domain.wallet.WalletAdministration;
import io.gridcharge.domain.wallet.WalletId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Operators, their sites, which station is on which site, and users with a role and scope (issue 7). */
public final class TenantRoutes {
    static final String OPERATORS = "/api/v1/operators";
    static final String SITES = "/api/v1/sites";
    static final String SITE = SITES + "/{siteId}";

    public record CreateOperator(String id, String name) {
    }

    public record OperatorView(String id, String name, Instant createdAt) {
        static OperatorView of(Operator operator) {
            return new OperatorView(operator.id().value(), operator.name(), operator.createdAt());
        }
    }

    public record CreateSite(String id, String operatorId, String name, String timeZone, String currency,
                             String minimumBalance, String expectedLossPercent, String supplierPricePerKwh,
                             String taxRatePercent) {
    }

    public record SiteView(String id, String operatorId, String name, String timeZone, String currency,
                           MoneyView minimumBalance, String expectedLossPercent, String supplierPricePerKwh,
                           Instant createdAt, String taxRatePercent) {
        static SiteView of(Site site) {
            return new SiteView(site.id().value(), site.operatorId().value(), site.name(), site.timeZone().getId(),
                    site.currency().getCurrencyCode(),
                    MoneyView.of(io.gridcharge.domain.billing.Money.of(site.minimumBalance(), site.currency())),
                    site.expectedLossPercent().toPlainString(),
                    site.supplierPricePerKwh() == null ? null : site.supplierPricePerKwh().toPlainString(),
                    site.createdAt(), site.taxRatePercent().toPlainString());
        }
    }

    public record CreateUser(String username, String password, String role, String operatorId, String siteId,
                             Long walletId) {
    }

    private final TenantAdministration tenants;
    private final WalletAdministration wallets;
    private final JsonBody json;
    private final Clock clock;

    public TenantRoutes(TenantAdministration tenants, WalletAdministration wallets, JsonBody json, Clock clock) {
        this.tenants = tenants;
        this.wallets = wallets;
        this.json = json;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post(OPERATORS, this::createOperator);
        routes.get(OPERATORS, this::listOperators);
        routes.get(OPERATORS + "/{operatorId}", this::getOperator);
        routes.post(SITES, this::createSite);
        routes.get(SITES, this::listSites);
        routes.get(SITE, this::getSite);
        routes.get(SITE + "/stations", this::stationsOfSite);
        routes.put(SITE + "/stations/{id}", this::assignStation);
        routes.post("/api/v1/users", this::createUser);
    }

    static SiteId siteId(Context ctx, InputErrors errors) {
        return errors.value("siteId", () -> SiteId.of(ctx.pathParam("siteId")));
    }

    /** The site of the path, when the user sees it; another tenant's site is a 404 like a missing one. */
    static Site visibleSite(Context ctx, TenantAdministration tenants) {
        InputErrors errors = new InputErrors();
        SiteId id = siteId(ctx, errors);
        errors.throwIfAny();
        Site site = tenants.site(id);
        Tenancy.requireSees(ctx, site.operatorId(), site.id(), null, "site", id);
        return site;
    }

    private void createOperator(Context ctx) {
        Tenancy.requirePlatformAdmin(ctx);
        CreateOperator request = json.read(ctx, CreateOperator.class);
        InputErrors errors = new InputErrors();
        OperatorId id = errors.value("id", () -> OperatorId.of(request.id()));
        String name = errors.required("name", request.name());
        errors.throwIfAny();
        ctx.status(201).header("Location", OPERATORS + "/" + id).json(OperatorView.of(tenants.createOperator(id, name)));
    }

    private void listOperators(Context ctx) {
        TenantAccess access = Tenancy.access(ctx);
        ctx.json(tenants.operators().stream().filter(o -> access.isPlatformAdmin()
                        || o.id().equals(Tenancy.user(ctx).scope().operator()))
                .map(OperatorView::of).toList());
    }

    private void getOperator(Context ctx) {
        InputErrors errors = new InputErrors();
        OperatorId id = errors.value("operatorId", () -> OperatorId.of(ctx.pathParam("operatorId")));
        errors.throwIfAny();
        Operator operator = tenants.operator(id);
        if (!Tenancy.access(ctx).isPlatformAdmin() && !id.equals(Tenancy.user(ctx).scope().operator())) {
            throw new NotFound("operator", id);
        }
        ctx.json(OperatorView.of(operator));
    }

    private void createSite(Context ctx) {
        CreateSite request = json.read(ctx, CreateSite.class);
        InputErrors errors = new InputErrors();
        SiteId id = errors.value("id", () -> SiteId.of(request.id()));
        OperatorId operator = errors.value("operatorId", () -> OperatorId.of(request.operatorId()));
        String name = errors.required("name", request.name());
        ZoneId zone = errors.value(() -> Site.zoneOf(request.timeZone()));
        Currency currency = errors.value(() -> io.gridcharge.domain.billing.Money.currencyOf(request.currency()));
        BigDecimal minimum = Amounts.decimal(errors, "minimumBalance", request.minimumBalance());
        BigDecimal loss = Amounts.decimal(errors, "expectedLossPercent", request.expectedLossPercent());
        BigDecimal supplier = Amounts.decimal(errors, "supplierPricePerKwh", request.supplierPricePerKwh());
        BigDecimal taxRate = Amounts.decimal(errors, "taxRatePercent", request.taxRatePercent());
        errors.throwIfAny();
        Site site = errors.value(() -> new Site(id, operator, name, zone, currency, minimum, loss, supplier,
                clock.instant(), taxRate));
        errors.throwIfAny();
        Tenancy.requireManages(ctx, operator, null, "operator", operator);
        ctx.status(201).header("Location", SITES + "/" + id).json(SiteView.of(tenants.createSite(site)));
    }

    private void listSites(Context ctx) {
        TenantAccess access = Tenancy.access(ctx);
        OperatorId scope = Tenancy.user(ctx).scope().operator();
        ctx.json(tenants.sites(scope).stream().filter(s -> access.sees(s.operatorId(), s.id(), null))
                .map(SiteView::of).toList());
    }

    private void getSite(Context ctx) {
        ctx.json(SiteView.of(visibleSite(ctx, tenants)));
    }

    private void stationsOfSite(Context ctx) {
        Site site = visibleSite(ctx, tenants);
        ctx.json(tenants.stationsOf(site.id()).stream().map(StationId::value).toList());
    }

    /**
     * Puts a station on a site. Stations are registered by the platform admin, so only they place a station
     * that is on no site or on another operator's; an operator admin moves stations between their own sites.
     */
    private void assignStation(Context ctx) {
        Site site = visibleSite(ctx, tenants);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();
        Tenancy.requireManages(ctx, site.operatorId(), site.id(), "site", site.id());
        Optional<Site> current = tenants.siteOfStation(station);
        if (!Tenancy.access(ctx).isPlatformAdmin()
                && (current.isEmpty() || !current.get().operatorId().equals(site.operatorId()))) {
            throw new NotFound("station", station);
        }
        tenants.assign(station, site.id());
        ctx.json(tenants.stationsOf(site.id()).stream().map(StationId::value).toList());
    }

    private void createUser(Context ctx) {
        CreateUser request = json.read(ctx, CreateUser.class);
        InputErrors errors = new InputErrors();
        String username = errors.required("username", request.username());
        String password = errors.required("password", request.password());
        // Without a role the user is a platform admin, which only a platform admin may create (below).
        Role role = request.role() == null ? Role.ADMIN : errors.optional("role", request.role(), Vocabulary.ROLE::parse);
        OperatorId operator = errors.optional("operatorId", request.operatorId(), OperatorId::of);
        SiteId site = errors.optional("siteId", request.siteId(), SiteId::of);
        errors.throwIfAny();
        Scope scope = new Scope(operator, site, request.walletId());
        TenantAccess access = Tenancy.access(ctx);
        // A property manager gives residents of their community a login of their own (issue 7): a driver on a
        // wallet of their site, and nothing else.
        boolean residentLogin = Tenancy.user(ctx).role() == Role.PROPERTY_MANAGER && role == Role.DRIVER
                && request.walletId() != null;
        if (!access.isPlatformAdmin()) {
            if (role == Role.ADMIN || operator == null) {
                throw Tenancy.forbidden("Only the platform admin creates platform admins.");
            }
            if (!residentLogin) {
                Tenancy.requireManages(ctx, operator, null, "operator", operator);
            }
        }
        if (request.walletId() != null) {
            var wallet = wallets.get(WalletId.of(request.walletId()));
            if (residentLogin) {
                Tenancy.requireBooks(ctx, wallet.operatorId(), wallet.siteId(), wallet.id().value(), "wallet",
                        wallet.id());
            }
            if (!wallet.operatorId().equals(operator)) {
                errors.reject("walletId", "must be a wallet of operator " + operator);
                errors.throwIfAny();
            }
        }
        User user = errors.value(() -> tenants.createUser(username, password, role, scope));
        errors.throwIfAny();
        ctx.status(201).header("Location", "/api/v1/users/" + user.username()).json(UserView.of(user));
    }

}
