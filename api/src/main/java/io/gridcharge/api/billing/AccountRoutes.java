package io.gridcharge.api.billing;

import io.gridcharge.api.auth.Tenancy;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.domain.billing.AccountStatement;
import io.gridcharge.domain.billing.MonthlyStatements;
import io.gridcharge.domain.billing.PriceComponent;
import io.gridcharge.domain.tenant.Role;
import io.gridcharge.domain.wallet.DriverVehicles;
import io.gridcharge.domain.wallet.Vehicle;
import io.gridcharge.domain.wallet.Vin;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletAdministration;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Drivers' and fleets' accounts beyond the prepaid wallet (issue 7): the vehicles that charge to a wallet by
 * plug-and-charge, payments received against a post-paid account, and monthly statements as JSON, PDF or CSV.
 * Tenancy as for wallets: another tenant's wallet is a 404; money is booked by staff who book money.
 */
public final class AccountRoutes {
    private static final String WALLET = WalletRoutes.WALLET;

    public record AddVehicle(String vin, String label) {
    }

    public record VehicleView(String vin, long walletId, String label, List<String> idTokens, Instant addedAt) {
        static VehicleView of(Vehicle v) {
            return new VehicleView(v.vin().value(), v.walletId().value(), v.label(),
                    v.vin().idTokens().stream().map(io.gridcharge.domain.authorization.IdToken::value).toList(),
                    v.addedAt());
        }
    }

    public record StatementView(long walletId, String holder, String month, Instant from, Instant to,
                                MoneyView creditLimit, MoneyView opening, List<OrderView> orders,
                                Map<String, MoneyView> totals, MoneyView net, MoneyView tax, MoneyView gross,
                                List<WalletRoutes.MovementView> payments, MoneyView paymentsTotal,
                                List<WalletRoutes.MovementView> movements, MoneyView closing, MoneyView balanceDue) {
        static StatementView of(AccountStatement s) {
            Map<String, MoneyView> totals = new LinkedHashMap<>();
            s.totalsPerComponent().forEach((component, amount) ->
                    totals.put(TariffRoutes.COMPONENT.name(component), MoneyView.of(amount)));
            return new StatementView(s.wallet().id().value(), s.wallet().holder(), s.month().toString(), s.from(),
                    s.to(), s.wallet().isPostpaid() ? MoneyView.of(s.wallet().credit()) : null, MoneyView.of(s.opening()),
                    s.orders().stream().map(OrderView::of).toList(), totals, MoneyView.of(s.net()),
                    MoneyView.of(s.tax()), MoneyView.of(s.gross()),
                    s.payments().stream().map(WalletRoutes.MovementView::of).toList(), MoneyView.of(s.paymentsTotal()),
                    s.movements().stream().map(WalletRoutes.MovementView::of).toList(), MoneyView.of(s.closing()),
                    MoneyView.of(s.balanceDue()));
        }
    }

    public record ClosedMonthView(String month, String json, String pdf, String csv) {
    }

    private final WalletAdministration wallets;
    private final DriverVehicles vehicles;
    private final MonthlyStatements statements;
    private final JsonBody json;

    public AccountRoutes(WalletAdministration wallets, DriverVehicles vehicles, MonthlyStatements statements,
                         JsonBody json) {
        this.wallets = wallets;
        this.vehicles = vehicles;
        this.statements = statements;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.get(WALLET + "/vehicles", this::listVehicles);
        routes.post(WALLET + "/vehicles", this::addVehicle);
        routes.delete(WALLET + "/vehicles/{vin}", this::removeVehicle);
        routes.post(WALLET + "/payments", this::recordPayment);
        routes.get(WALLET + "/statements", this::closedMonths);
        routes.get(WALLET + "/statements/{month}", this::statement);
    }

    private void listVehicles(Context ctx) {
        Wallet wallet = WalletRoutes.visibleWallet(ctx, wallets);
        ctx.json(vehicles.of(wallet.id()).stream().map(VehicleView::of).toList());
    }

    /** Staff who book the wallet's money add cars to it, and a driver to their own wallet. */
    private void addVehicle(Context ctx) {
        Wallet wallet = changeable(ctx);
        AddVehicle request = json.read(ctx, AddVehicle.class);
        InputErrors errors = new InputErrors();
        String text = errors.required("vin", request.vin());
        Vin vin = text == null ? null : errors.value(() -> Vin.parse(text));
        errors.throwIfAny();
        Vehicle added = vehicles.add(wallet.id(), vin, request.label());
        ctx.status(201).header("Location", WALLET.replace("{walletId}", wallet.id().toString()) + "/vehicles/" + vin)
                .json(VehicleView.of(added));
    }

    private void removeVehicle(Context ctx) {
        Wallet wallet = changeable(ctx);
        InputErrors errors = new InputErrors();
        Vin vin = errors.value(() -> Vin.parse(ctx.pathParam("vin")));
        errors.throwIfAny();
        vehicles.remove(wallet.id(), vin);
        ctx.status(204);
    }

    private Wallet changeable(Context ctx) {
        Wallet wallet = WalletRoutes.visibleWallet(ctx, wallets);
        if (Tenancy.user(ctx).role() != Role.DRIVER) {
            Tenancy.requireBooks(ctx, wallet.operatorId(), wallet.siteId(), wallet.id().value(), "wallet", wallet.id());
        }
        return wallet;
    }

    /** A payment received against a post-paid account's statement, under an {@code Idempotency-Key}. */
    private void recordPayment(Context ctx) {
        Wallet wallet = WalletRoutes.visibleWallet(ctx, wallets);
        Tenancy.requireBooks(ctx, wallet.operatorId(), wallet.siteId(), wallet.id().value(), "wallet", wallet.id());
        if (Tenancy.user(ctx).role() == Role.DRIVER) {
            throw Tenancy.forbidden("Payments against statements are recorded by the operator's staff.");
        }
        WalletRoutes.MoneyBooking asked = WalletRoutes.moneyBooking(ctx, json);
        WalletRoutes.answer(ctx, wallets.recordPayment(wallet.id(), asked.amount(), asked.method(), asked.key(),
                Tenancy.user(ctx).username()));
    }

    private void closedMonths(Context ctx) {
        Wallet wallet = WalletRoutes.visibleWallet(ctx, wallets);
        String base = WALLET.replace("{walletId}", wallet.id().toString()) + "/statements/";
        ctx.json(statements.closedMonths(wallet.id()).stream().map(m -> new ClosedMonthView(m.toString(),
                base + m, base + m + "?format=pdf", base + m + "?format=csv")).toList());
    }

    /** The statement of a month ({@code 2026-03}) as JSON, or {@code ?format=pdf} or {@code csv}. */
    private void statement(Context ctx) {
        Wallet wallet = WalletRoutes.visibleWallet(ctx, wallets);
        InputErrors errors = new InputErrors();
        YearMonth month = null;
        try {
            month = YearMonth.parse(ctx.pathParam("month"));
        } catch (DateTimeParseException e) {
            errors.reject("month", "must be a month such as 2026-03");
        }
        String format = Objects.requireNonNullElse(new QueryParameters(ctx, errors).text("format"), "json");
        if (!List.of("json", "pdf", "csv").contains(format)) {
            errors.reject("format", "must be json, pdf or csv");
        }
        errors.throwIfAny();
        AccountStatement statement = statements.of(wallet.id(), month);
        String file = "statement-" + wallet.id() + "-" + month;
        switch (format) {
            case "pdf" -> ctx.contentType("application/pdf")
                    .header("Content-Disposition", "inline; filename=" + file + ".pdf")
                    .result(StatementDocuments.pdf(statement));
            case "csv" -> ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=" + file + ".csv")
                    .result(StatementDocuments.csv(statement));
            default -> ctx.json(StatementView.of(statement));
        }
    }
}
