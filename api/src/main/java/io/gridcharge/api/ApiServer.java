package io.gridcharge.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcharge.api.auth.Access;
import io.gridcharge.api.auth.AuthRoutes;
import io.gridcharge.api.auth.BearerAuthentication;
import io.gridcharge.api.auth.TenantGate;
import io.gridcharge.api.billing.BillingServices;
import io.gridcharge.api.billing.OrderRoutes;
import io.gridcharge.api.billing.ReportRoutes;
import io.gridcharge.api.billing.TariffRoutes;
import io.gridcharge.api.billing.TenantRoutes;
import io.gridcharge.api.billing.WalletRoutes;
import io.gridcharge.api.command.CommandRoutes;
import io.gridcharge.api.console.ConsolePages;
import io.gridcharge.api.console.DashboardRoutes;
import io.gridcharge.api.console.MapRoutes;
import io.gridcharge.api.devicemodel.DeviceModelRoutes;
import io.gridcharge.api.display.DisplayMessageRoutes;
import io.gridcharge.api.energy.ChargingProfileRoutes;
import io.gridcharge.api.energy.SmartChargingReportRoutes;
import io.gridcharge.api.firmware.FileTransferRoutes;
import io.gridcharge.api.firmware.FirmwareRoutes;
import io.gridcharge.api.http.ErrorAnswers;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.JsonMapping;
import io.gridcharge.api.http.RequestMetrics;
import io.gridcharge.api.live.LiveFeed;
import io.gridcharge.api.live.LiveRoutes;
import io.gridcharge.api.localauth.LocalListRoutes;
import io.gridcharge.api.monitoring.MonitoringRoutes;
import io.gridcharge.api.reservation.ReservationRoutes;
import io.gridcharge.api.security.SecurityRoutes;
import io.gridcharge.api.station.JournalRoutes;
import io.gridcharge.api.station.StationRoutes;
import io.gridcharge.api.system.SystemRoutes;
import io.gridcharge.api.token.IdTokenRoutes;
import io.gridcharge.api.transaction.OrphanStopRoutes;
import io.gridcharge.api.transaction.TransactionEventRoutes;
import io.gridcharge.api.transaction.TransactionRoutes;
import io.gridcharge.api.user.UserRoutes;
import io.gridcharge.domain.localauth.ForgetCustomerToken;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The HTTP API: REST under /api/v1 (bearer token required, but for login), health, metrics and the OpenAPI
 * document, the live event stream and the operator console at {@code /}. Javalin on Jetty, each request on a
 * virtual thread (DESIGN §3, §4).
 */
public final class ApiServer {
    /**
     * A route as registered: its method, its path pattern ({@code /api/v1/stations/{id}}) and whether it is
     * open without a bearer token.
     */
    public record Route(String method, String path, boolean anonymous) {
    }

    private final Javalin app;
    private final LiveFeed live;
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /**
     * @param port    0 binds any free port; {@link #port()} tells which after {@link #start()}
     * @param healthy whether the platform behind the API is ready to serve (database, gateway); {@code /health}
     *                answers 503 while it is not
     */
    public ApiServer(ApiServices services, PrometheusMeterRegistry registry, String host, int port,
                     BooleanSupplier healthy) {
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(healthy, "healthy");
        ObjectMapper mapper = JsonMapping.create();
        JsonBody json = new JsonBody(mapper);
        Optional<ConsolePages> console = ConsolePages.onClasspath();
        ErrorAnswers errors = new ErrorAnswers(json, ctx -> console.isPresent() && console.get().answer(ctx));
        live = services.console().live();
        RequestMetrics metrics = new RequestMetrics(registry);
        BearerAuthentication authentication = new BearerAuthentication(services.login());

        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.concurrency.useVirtualThreads = true;
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.prefer405over404 = true;
            config.jsonMapper(new JavalinJackson(mapper, true));
            config.requestLogger.http(metrics::record);
            config.events.handlerAdded(handler -> {
                if (handler.getHttpMethod().isHttpMethod()) {
                    routes.add(new Route(handler.getHttpMethod().name(), handler.getPath(),
                            handler.getRoles().contains(Access.ANONYMOUS)));
                }
            });

            errors.register(config.routes);
            config.routes.beforeMatched(authentication::check);
            new AuthRoutes(services.login(), services.clock(), json).register(config.routes);
            new StationRoutes(services.stations(), services.presence(), json).register(config.routes);
            new JournalRoutes(services.stations(), services.journal()).register(config.routes);
            new IdTokenRoutes(services.tokens(), json).register(config.routes);
            new TransactionRoutes(services.transactions()).register(config.routes);
            new CommandRoutes(services.stations(), services.transactions(), services.commands(),
                    services.smartCharging().remoteStart(), json)
                    .register(config.routes);
            new ReservationRoutes(services.reservations(), services.stations(), json).register(config.routes);
            new OrphanStopRoutes(services.orphanStops()).register(config.routes);
            new ChargingProfileRoutes(services.smartCharging(), services.stations(), json).register(config.routes);
            new SecurityRoutes(services.security(), json).register(config.routes);
            new LocalListRoutes(services.localLists(), json).register(config.routes);
            new FirmwareRoutes(services.firmware(), services.stations(), json).register(config.routes);
            new FileTransferRoutes(services.firmware()).register(config.routes);
            new DeviceModelRoutes(services.stations(), services.deviceModels()).register(config.routes);
            new SmartChargingReportRoutes(services.stationReports().smartChargingReports(), services.stations())
                    .register(config.routes);
            new MonitoringRoutes(services.stationReports(), services.stations(), json, services.commands(),
                    new ForgetCustomerToken(services.localLists().choose(), services.localLists().synchronize()))
                    .register(config.routes);
            new TransactionEventRoutes(services.transactions(), services.stationReports().transactionEvents())
                    .register(config.routes);
            new DisplayMessageRoutes(services.displayMessages(), services.stations(), json).register(config.routes);
            new SystemRoutes(registry, healthy).register(config.routes);
            new LiveRoutes(services.console().live(), services.console().tickets()).register(config.routes);
            new DashboardRoutes(services.console(), services.billing().orders(), services.presence(),
                    services.clock()).register(config.routes);
            new MapRoutes(services.console(), services.presence(), json).register(config.routes);
            new UserRoutes(services.console().users(), json).register(config.routes);
            console.ifPresent(pages -> pages.register(config));
            registerBilling(config.routes, services.billing(), services.clock(), json);
        });
    }

    /** Billing and tenancy (issue 7); every route checks the user's operator, site or wallet. */
    private static void registerBilling(io.javalin.config.RoutesConfig routes, BillingServices billing, Clock clock,
                                        JsonBody json) {
        routes.beforeMatched(new TenantGate(billing.tenants())::check);
        new TenantRoutes(billing.tenants(), billing.wallets(), json, clock).register(routes);
        new TariffRoutes(billing.tenants(), billing.tariffs(), json).register(routes);
        new WalletRoutes(billing.wallets(), billing.refusals(), json).register(routes);
        new io.gridcharge.api.billing.AccountRoutes(billing.wallets(), billing.vehicles(), billing.statements(), json)
                .register(routes);
        new io.gridcharge.api.billing.GuestChargeRoutes(billing.guests(), billing.tenants(), billing.orders(), json)
                .register(routes);
        new OrderRoutes(billing.orders()).register(routes);
        new ReportRoutes(billing.reports(), billing.tenants(), json).register(routes);
    }

    public ApiServer start() {
        app.start();
        return this;
    }

    /** Ends the live streams first: Jetty would otherwise wait for every browser that listens. */
    public void stop() {
        live.close();
        app.stop();
    }

    /** The port bound, once started. */
    public int port() {
        return app.port();
    }

    /** Every route the server answers, as registered (the OpenAPI document must describe each). */
    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
