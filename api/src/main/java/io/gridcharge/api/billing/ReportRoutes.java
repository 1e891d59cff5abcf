package io.gridcharge.api.billing;

import io.gridcharge.api.auth.Tenancy;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.domain.billing.BillingReports;
import io.gridcharge.domain.billing.MeterReading;
import io.gridcharge.domain.billing.MeteringCheck;
import io.gridcharge.domain.billing.PeriodReport;
import io.gridcharge.domain.billing.PriceComponent;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.TenantAdministration;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Operating reports per site, station and operator for a day or a month (local midnights of the site's time
 * zone; an operator's in {@code timeZone}, UTC by default), and the master meter check (issue 7).
 */
public final class ReportRoutes {
    public record ReportView(String scope, Instant from, Instant to, int stations, long sessions, long energyWh,
                             List<RevenueView> revenue, long chargingSeconds, String utilization,
                             long averageSessionSeconds, long averageEnergyWh, long failedSessions,
                             long unpricedSessions, long downtimeSeconds) {
        static ReportView of(PeriodReport r) {
            return new ReportView(r.scope(), r.from(), r.to(), r.stations(), r.sessions(), r.energyWh(),
                    r.revenue().stream().map(RevenueView::of).toList(), r.chargingTime().toSeconds(),
                    r.utilization().toPlainString(), r.averageSession().toSeconds(), r.averageEnergyWh(),
                    r.failedSessions(), r.unpricedSessions(), r.downtime().toSeconds());
        }
    }

    public record RevenueView(String currency, Map<String, MoneyView> components, MoneyView total,
                              MoneyView energyCost, MoneyView benefit) {
        static RevenueView of(PeriodReport.Revenue r) {
            Map<String, MoneyView> named = new LinkedHashMap<>();
            for (PriceComponent component : PriceComponent.values()) {
                named.put(TariffRoutes.COMPONENT.name(component), MoneyView.of(r.components().get(component)));
            }
            return new RevenueView(r.currency(), named, MoneyView.of(r.total()), MoneyView.of(r.energyCost()),
                    MoneyView.of(r.benefit()));
        }
    }

    public record MasterReadingRequest(Instant at, Long registerWh) {
    }

    private final BillingReports reports;
    private final TenantAdministration tenants;
    private final JsonBody json;

    public ReportRoutes(BillingReports reports, TenantAdministration tenants, JsonBody json) {
        this.reports = reports;
        this.tenants = tenants;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/reports/sites/{siteId}", this::siteReport);
        routes.get("/api/v1/reports/stations/{id}", this::stationReport);
        routes.get("/api/v1/reports/operators/{operatorId}", this::operatorReport);
        routes.post(TenantRoutes.SITE + "/master-meter-readings", this::recordMasterReading);
        routes.get(TenantRoutes.SITE + "/metering-check", this::meteringCheck);
    }

    private void siteReport(Context ctx) {
        Site site = TenantRoutes.visibleSite(ctx, tenants);
        Instant[] period = period(ctx, site.timeZone());
        ctx.json(ReportView.of(reports.ofSite(site.id(), period[0], period[1])));
    }

    private void stationReport(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        errors.throwIfAny();
        Site site = tenants.siteOfStation(station).orElse(null);
        boolean sees = site == null ? Tenancy.access(ctx).isPlatformAdmin()
                : Tenancy.access(ctx).sees(site.operatorId(), site.id(), null);
        if (!sees) {
            throw new NotFound("station", station);
        }
        Instant[] period = period(ctx, site == null ? ZoneId.of("UTC") : site.timeZone());
        ctx.json(ReportView.of(reports.ofStation(station, period[0], period[1])));
    }

    private void operatorReport(Context ctx) {
        InputErrors errors = new InputErrors();
        OperatorId operator = errors.value("operatorId", () -> OperatorId.of(ctx.pathParam("operatorId")));
        errors.throwIfAny();
        tenants.operator(operator);
        var access = Tenancy.access(ctx);
        if (!access.isPlatformAdmin() && !(operator.equals(Tenancy.user(ctx).scope().operator())
                && Tenancy.user(ctx).scope().site() == null && Tenancy.user(ctx).scope().wallet() == null)) {
            throw new NotFound("operator", operator);
        }
        String zone = new QueryParameters(ctx, errors).text("timeZone");
        ZoneId timeZone = zone == null ? ZoneId.of("UTC") : errors.value(() -> Site.zoneOf(zone));
        errors.throwIfAny();
        Instant[] period = period(ctx, timeZone);
        ctx.json(ReportView.of(reports.ofOperator(operator, period[0], period[1])));
    }

    private void recordMasterReading(Context ctx) {
        Site site = TenantRoutes.visibleSite(ctx, tenants);
        Tenancy.requireManages(ctx, site.operatorId(), site.id(), "site", site.id());
        MasterReadingRequest request = json.read(ctx, MasterReadingRequest.class);
        InputErrors errors = new InputErrors();
        Instant at = errors.required("at", request.at());
        Long wh = errors.required("registerWh", request.registerWh());
        if (wh != null && wh < 0) {
            errors.reject("registerWh", "must not be negative");
        }
        errors.throwIfAny();
        if (!reports.recordMasterReading(site.id(), new MeterReading(at, wh))) {
            throw new Conflict("site " + site.id() + " has a master meter reading at " + at);
        }
        ctx.status(201).json(request);
    }

    private void meteringCheck(Context ctx) {
        Site site = TenantRoutes.visibleSite(ctx, tenants);
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        Instant from = errors.required("from", query.instant("from"));
        Instant to = errors.required("to", query.instant("to"));
        query.requireOrdered(from, to);
        errors.throwIfAny();
        MeteringCheck check = reports.meteringCheck(site, from, to);
        ctx.json(check);
    }

    /** {@code period=day&date=2026-03-10} or {@code period=month&month=2026-03}, local midnight to local midnight. */
    private static Instant[] period(Context ctx, ZoneId zone) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        String period = query.text("period");
        Instant[] range = null;
        try {
            if ("day".equals(period)) {
                LocalDate day = LocalDate.parse(errors.required("date", query.text("date")));
                range = new Instant[]{day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()};
            } else if ("month".equals(period)) {
                YearMonth month = YearMonth.parse(errors.required("month", query.text("month")));
                range = new Instant[]{month.atDay(1).atStartOfDay(zone).toInstant(),
                        month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()};
            } else {
                errors.reject("period", "must be day or month");
            }
        } catch (DateTimeParseException | NullPointerException e) {
            errors.reject("day".equals(period) ? "date" : "month",
                    "must be a date such as 2026-03-10 (day) or a month such as 2026-03");
        }
        errors.throwIfAny();
        return range;
    }
}
