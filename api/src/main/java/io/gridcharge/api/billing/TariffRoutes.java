package io.gridcharge.api.billing;

import io.gridcharge.api.auth.Tenancy;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.WireNames;
import io.gridcharge.domain.billing.ChargePricing;
import io.gridcharge.domain.billing.ChargeRecord;
import io.gridcharge.domain.billing.DayType;
import io.gridcharge.domain.billing.EnergyPeriod;
import io.gridcharge.domain.billing.MeterReading;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.billing.PriceComponent;
import io.gridcharge.domain.billing.PricedCharge;
import io.gridcharge.domain.billing.SiteTariffs;
import io.gridcharge.domain.billing.TariffVersion;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.TenantAdministration;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A site's tariff: its versions, a new version, and a quote for a charge priced with it (issue 7). */
public final class TariffRoutes {
    public static final WireNames<DayType> DAY_TYPE = WireNames.of(DayType.class, Map.of(
            DayType.WEEKDAY, "Weekday", DayType.WEEKEND, "Weekend", DayType.HOLIDAY, "Holiday"));
    public static final WireNames<PriceComponent> COMPONENT = WireNames.of(PriceComponent.class, Map.of(
            PriceComponent.ENERGY, "energy", PriceComponent.SERVICE, "service", PriceComponent.TIME, "time",
            PriceComponent.IDLE, "idle", PriceComponent.SESSION, "session", PriceComponent.ADJUSTMENT, "adjustment"));

    public record EnergyPrice(String dayType, String from, String to, String pricePerKwh) {
    }

    public record TariffVersionJson(Instant validFrom, String currency, List<EnergyPrice> energyPrices,
                                    List<String> holidays, String serviceFeePerKwh, String pricePerMinute,
                                    String idleFeePerMinute, Integer idleGraceMinutes, String sessionFee,
                                    String minimumPerSession, String maximumPerSession) {
        static TariffVersionJson of(TariffVersion v) {
            return new TariffVersionJson(v.validFrom(), v.currency().getCurrencyCode(),
                    v.energyPeriods().stream().map(p -> new EnergyPrice(DAY_TYPE.name(p.dayType()),
                            EnergyPeriod.textOf(p.fromMinute()), EnergyPeriod.textOf(p.toMinute()),
                            p.pricePerKwh().toPlainString())).toList(),
                    v.holidays().stream().sorted().map(LocalDate::toString).toList(),
                    v.serviceFeePerKwh().toPlainString(), v.pricePerMinute().toPlainString(),
                    v.idleFeePerMinute().toPlainString(), (int) v.idleGrace().toMinutes(),
                    v.sessionFee().toPlainString(), plain(v.minimumPerSession()), plain(v.maximumPerSession()));
        }
    }

    public record Reading(Instant at, Long registerWh) {
    }

    public record QuoteRequest(List<Reading> readings) {
    }

    /** A priced charge: energy, each component and the total, which is their sum. */
    public record PriceView(long energyWh, Map<String, MoneyView> components, MoneyView total) {
        static PriceView of(long energyWh, Map<PriceComponent, Money> components, Money total) {
            Map<String, MoneyView> named = new LinkedHashMap<>();
            for (PriceComponent component : PriceComponent.values()) {
                named.put(COMPONENT.name(component), MoneyView.of(components.get(component)));
            }
            return new PriceView(energyWh, named, MoneyView.of(total));
        }
    }

    private final TenantAdministration tenants;
    private final SiteTariffs tariffs;
    private final JsonBody json;

    public TariffRoutes(TenantAdministration tenants, SiteTariffs tariffs, JsonBody json) {
        this.tenants = tenants;
        this.tariffs = tariffs;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get(TenantRoutes.SITE + "/tariff", this::versions);
        routes.post(TenantRoutes.SITE + "/tariff/versions", this::addVersion);
        routes.post(TenantRoutes.SITE + "/tariff/quote", this::quote);
    }

    private void versions(Context ctx) {
        Site site = TenantRoutes.visibleSite(ctx, tenants);
        ctx.json(tariffs.tariffOf(site).versions().stream().map(TariffVersionJson::of).toList());
    }

    private void addVersion(Context ctx) {
        Site site = TenantRoutes.visibleSite(ctx, tenants);
        Tenancy.requireManages(ctx, site.operatorId(), site.id(), "site", site.id());
        TariffVersion version = versionOf(json.read(ctx, TariffVersionJson.class));
        ctx.status(201).json(TariffVersionJson.of(tariffs.add(site, version)));
    }

    /** Prices readings with the site's tariff without booking anything: what a driver would pay. */
    private void quote(Context ctx) {
        Site site = TenantRoutes.visibleSite(ctx, tenants);
        QuoteRequest request = json.read(ctx, QuoteRequest.class);
        InputErrors errors = new InputErrors();
        List<Reading> readings = errors.required("readings", request.readings());
        errors.throwIfAny();
        List<MeterReading> meter = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            String field = "readings[" + i + "]";
            if (r == null || r.at() == null || r.registerWh() == null || r.registerWh() < 0) {
                errors.reject(field, "needs at and a registerWh of 0 or more");
            } else {
                meter.add(new MeterReading(r.at(), r.registerWh()));
            }
        }
        if (readings.size() < 2) {
            errors.reject("readings", "must hold at least the start and the stop");
        }
        errors.throwIfAny();
        ChargeRecord charge = errors.value(() -> new ChargeRecord(meter.getFirst().at(), meter.getLast().at(), meter));
        errors.throwIfAny();
        PricedCharge priced = ChargePricing.price(tariffs.tariffOf(site), site.timeZone(), charge);
        ctx.json(PriceView.of(priced.energyWh(), priced.components(), priced.total()));
    }

    private static TariffVersion versionOf(TariffVersionJson request) {
        InputErrors errors = new InputErrors();
        Instant validFrom = errors.required("validFrom", request.validFrom());
        var currency = errors.value(() -> Money.currencyOf(request.currency()));
        List<EnergyPeriod> periods = new ArrayList<>();
        List<EnergyPrice> prices = errors.required("energyPrices", request.energyPrices());
        for (int i = 0; prices != null && i < prices.size(); i++) {
            EnergyPrice price = prices.get(i);
            String field = "energyPrices[" + i + "]";
            if (price == null) {
                errors.reject(field, "is required");
                continue;
            }
            DayType dayType = errors.optional(field + ".dayType", errors.required(field + ".dayType", price.dayType()),
                    DAY_TYPE::parse);
            Integer from = errors.value(field + ".from", () -> EnergyPeriod.minuteOf(price.from(), "from"));
            Integer to = errors.value(field + ".to", () -> EnergyPeriod.minuteOf(price.to(), "to"));
            BigDecimal perKwh = Amounts.decimal(errors, field + ".pricePerKwh",
                    errors.required(field + ".pricePerKwh", price.pricePerKwh()));
            if (dayType != null && from != null && to != null && perKwh != null) {
                EnergyPeriod period = errors.value(field, () -> new EnergyPeriod(dayType, from, to, perKwh));
                if (period != null) {
                    periods.add(period);
                }
            }
        }
        Set<LocalDate> holidays = new HashSet<>();
        List<String> days = request.holidays() == null ? List.of() : request.holidays();
        for (int i = 0; i < days.size(); i++) {
            try {
                holidays.add(LocalDate.parse(days.get(i)));
            } catch (DateTimeParseException | NullPointerException e) {
                errors.reject("holidays[" + i + "]", "must be a date such as 2026-12-25");
            }
        }
        BigDecimal service = Amounts.decimal(errors, "serviceFeePerKwh", request.serviceFeePerKwh());
        BigDecimal perMinute = Amounts.decimal(errors, "pricePerMinute", request.pricePerMinute());
        BigDecimal idle = Amounts.decimal(errors, "idleFeePerMinute", request.idleFeePerMinute());
        BigDecimal session = Amounts.decimal(errors, "sessionFee", request.sessionFee());
        BigDecimal minimum = Amounts.decimal(errors, "minimumPerSession", request.minimumPerSession());
        BigDecimal maximum = Amounts.decimal(errors, "maximumPerSession", request.maximumPerSession());
        Duration grace = request.idleGraceMinutes() == null ? null : Duration.ofMinutes(request.idleGraceMinutes());
        errors.throwIfAny();
        TariffVersion version = errors.value(() -> new TariffVersion(validFrom, currency, periods, holidays, service,
                perMinute, idle, grace, session, minimum, maximum));
        errors.throwIfAny();
        return version;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
