package io.gridcharge.api.billing;

import io.gridcharge.api.auth.Tenancy;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.api.http.WireNames;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.ChargingRefusalRepository;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Role;
import io.gridcharge.domain.tenant.Scope;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.tenant.User;
import io.gridcharge.domain.wallet.Booking;
import io.gridcharge.domain.wallet.FundingMethod;
import io.gridcharge.domain.wallet.IdempotencyKey;
import io.gridcharge.domain.wallet.Movement;
import io.gridcharge.domain.wallet.MovementKind;
import io.gridcharge.domain.wallet.Reconciliation;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletAdministration;
import io.gridcharge.domain.wallet.WalletId;
import io.gridcharge.domain.wallet.WalletStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prepaid wallets (issue 7): open, read with the balance derived from the ledger, top up, refund, adjust,
 * freeze, unfreeze, close, movements; the ledger's reconciliation. Top-ups and refunds need an
 * {@code Idempotency-Key} header: the same request again answers the first booking (200,
 * {@code Idempotent-Replayed: true}), another request under the same key is a 409; nothing more is booked.
 */
public final class WalletRoutes {
    static final String WALLETS = "/api/v1/wallets";
    static final String WALLET = WALLETS + "/{walletId}";
    public static final WireNames<WalletStatus> STATUS = WireNames.of(WalletStatus.class, Map.of(
            WalletStatus.ACTIVE, "Active", WalletStatus.FROZEN, "Frozen", WalletStatus.CLOSED, "Closed"));
    public static final WireNames<FundingMethod> METHOD = WireNames.of(FundingMethod.class, Map.of(
            FundingMethod.CASH, "Cash", FundingMethod.BANK_TRANSFER, "BankTransfer",
            FundingMethod.PAYMENT_PROVIDER, "PaymentProvider"));
    public static final WireNames<MovementKind> KIND = WireNames.of(MovementKind.class, Map.of(
            MovementKind.TOP_UP, "TopUp", MovementKind.REFUND, "Refund", MovementKind.CHARGE, "Charge",
            MovementKind.ADJUSTMENT, "Adjustment"));

    /** Without {@code creditLimit} a prepaid wallet; with it a fleet's post-paid account. */
    public record OpenWallet(String operatorId, String siteId, String holder, String currency, List<String> idTokens,
                             String creditLimit) {
    }

    /**
     * A wallet with its balance; {@code due} is what it owes (the balance below zero: a fleet's receivable, or a
     * prepaid wallet's debt from a late stop, which the next top-up settles first); {@code creditLimit} is set on
     * a post-paid account only.
     */
    public record WalletView(long id, String operatorId, String siteId, String holder, String currency, String status,
                             List<String> idTokens, MoneyView balance, Instant openedAt, MoneyView creditLimit,
                             MoneyView due) {
        static WalletView of(Wallet w, Money balance) {
            return new WalletView(w.id().value(), w.operatorId().value(), w.siteId() == null ? null : w.siteId().value(),
                    w.holder(), w.currency().getCurrencyCode(), STATUS.name(w.status()),
                    w.idTokens().stream().map(IdToken::value).toList(), MoneyView.of(balance), w.openedAt(),
                    w.isPostpaid() ? MoneyView.of(w.credit()) : null,
                    MoneyView.of(balance.isNegative() ? balance.negate() : Money.zero(balance.currency())));
        }
    }

    public record MoneyRequest(String amount, String currency, String method) {
    }

    public record AdjustmentRequest(String amount, String currency, String reason) {
    }

    public record EntryView(String account, MoneyView amount) {
    }

    public record MovementView(long id, String kind, long walletId, MoneyView amount, MoneyView walletChange,
                               List<EntryView> entries, String reason, String author, String reference, Long orderId,
                               Instant at) {
        static MovementView of(Movement m) {
            return new MovementView(m.id(), KIND.name(m.kind()), m.wallet().value(), MoneyView.of(m.amount()),
                    MoneyView.of(m.walletChange()),
                    m.entries().stream().map(e -> new EntryView(e.account().toString(), MoneyView.of(e.amount())))
                            .toList(), m.reason(), m.author(), m.reference(), m.orderId(), m.at());
        }
    }

    public record ReconciliationView(boolean balanced, long movements, long unbalancedMovements,
                                     List<MoneyView> entriesTotal, List<MoneyView> balancesTotal) {
        static ReconciliationView of(Reconciliation r) {
            return new ReconciliationView(r.balanced(), r.movements(), r.unbalancedMovements(), totals(r.entriesTotal()),
                    totals(r.balancesTotal()));
        }

        private static List<MoneyView> totals(Map<String, java.math.BigDecimal> byCurrency) {
            List<MoneyView> totals = new ArrayList<>();
            byCurrency.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> totals.add(new MoneyView(e.getValue().toPlainString(), e.getKey())));
            return totals;
        }
    }

    public record StatementView(long walletId, String holder, Instant from, Instant to, MoneyView opening,
                                List<MovementView> movements, MoneyView closing) {
    }

    public record RefusalView(String stationId, String idToken, String reason, Instant at) {
    }

    private final WalletAdministration wallets;
    private final ChargingRefusalRepository refusals;
    private final JsonBody json;

    public WalletRoutes(WalletAdministration wallets, ChargingRefusalRepository refusals, JsonBody json) {
        this.wallets = wallets;
        this.refusals = refusals;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post(WALLETS, this::open);
        routes.get(WALLETS, this::list);
        routes.get(WALLET, this::get);
        routes.post(WALLET + "/top-ups", this::topUp);
        routes.post(WALLET + "/refunds", this::refund);
        routes.post(WALLET + "/adjustments", this::adjust);
        routes.post(WALLET + "/freeze", ctx -> changeStatus(ctx, wallets::freeze));
        routes.post(WALLET + "/unfreeze", ctx -> changeStatus(ctx, wallets::unfreeze));
        routes.post(WALLET + "/close", ctx -> changeStatus(ctx, wallets::close));
        routes.get(WALLET + "/movements", this::movements);
        routes.get(WALLET + "/refusals", this::refusals);
        routes.get(WALLET + "/statement", this::statement);
        routes.get("/api/v1/ledger/reconciliation", this::reconciliation);
    }

    private void open(Context ctx) {
        OpenWallet request = json.read(ctx, OpenWallet.class);
        InputErrors errors = new InputErrors();
        OperatorId operator = errors.value("operatorId", () -> OperatorId.of(request.operatorId()));
        SiteId site = errors.optional("siteId", request.siteId(), SiteId::of);
        String holder = errors.required("holder", request.holder());
        var currency = errors.value(() -> Money.currencyOf(request.currency()));
        java.math.BigDecimal creditLimit = Amounts.decimal(errors, "creditLimit", request.creditLimit());
        List<IdToken> tokens = new ArrayList<>();
        List<String> given = request.idTokens() == null ? List.of() : request.idTokens();
        for (int i = 0; i < given.size(); i++) {
            String text = given.get(i);
            IdToken token = errors.value("idTokens[" + i + "]", () -> IdToken.of(text));
            if (token != null) {
                tokens.add(token);
            }
        }
        errors.throwIfAny();
        Tenancy.requireBooks(ctx, operator, site, null, "operator", operator);
        Wallet wallet = creditLimit == null ? wallets.open(operator, site, holder, currency, tokens)
                : wallets.openPostpaid(operator, site, holder, currency, tokens, creditLimit);
        ctx.status(201).header("Location", WALLETS + "/" + wallet.id())
                .json(WalletView.of(wallet, Money.zero(wallet.currency())));
    }

    private void list(Context ctx) {
        InputErrors errors = new InputErrors();
        PageRequest page = new QueryParameters(ctx, errors).page();
        errors.throwIfAny();
        User user = Tenancy.user(ctx);
        Scope scope = user.scope();
        if (user.role() == Role.DRIVER) {
            Wallet own = wallets.get(WalletId.of(scope.wallet()));
            ctx.json(new PageView<>(List.of(WalletView.of(own, wallets.balance(own.id()))), 0, page.size(), 1));
            return;
        }
        ctx.json(PageView.of(wallets.list(scope.operator(), scope.site(), page),
                w -> WalletView.of(w, wallets.balance(w.id()))));
    }

    /** The wallet of the path, when the user sees it (another tenant's is a 404, as a missing one). */
    private Wallet visible(Context ctx) {
        return visibleWallet(ctx, wallets);
    }

    static Wallet visibleWallet(Context ctx, WalletAdministration wallets) {
        InputErrors errors = new InputErrors();
        Long id = PathParameters.number(ctx, "walletId", errors);
        errors.throwIfAny();
        Wallet wallet = wallets.get(WalletId.of(id));
        Tenancy.requireSees(ctx, wallet.operatorId(), wallet.siteId(), wallet.id().value(), "wallet", id);
        return wallet;
    }

    private Wallet bookable(Context ctx) {
        Wallet wallet = visible(ctx);
        Tenancy.requireBooks(ctx, wallet.operatorId(), wallet.siteId(), wallet.id().value(), "wallet", wallet.id());
        return wallet;
    }

    private void get(Context ctx) {
        Wallet wallet = visible(ctx);
        ctx.json(WalletView.of(wallet, wallets.balance(wallet.id())));
    }

    /** A top-up or refund as asked: its key, amount and method, all checked before anything is booked. */
    record MoneyBooking(IdempotencyKey key, Money amount, FundingMethod method) {
    }

    static MoneyBooking moneyBooking(Context ctx, JsonBody json) {
        MoneyRequest request = json.read(ctx, MoneyRequest.class);
        InputErrors errors = new InputErrors();
        IdempotencyKey key = idempotencyKey(ctx, errors);
        Money amount = Amounts.money(errors, request.amount(), request.currency());
        FundingMethod method = errors.optional("method", errors.required("method", request.method()), METHOD::parse);
        errors.throwIfAny();
        return new MoneyBooking(key, amount, method);
    }

    /** A driver tops up their own wallet through the payment provider; staff book any method. */
    private void topUp(Context ctx) {
        Wallet wallet = visible(ctx);
        MoneyBooking asked = moneyBooking(ctx, json);
        boolean ownTopUp = Tenancy.user(ctx).role() == Role.DRIVER && asked.method() == FundingMethod.PAYMENT_PROVIDER;
        if (!ownTopUp) {
            Tenancy.requireBooks(ctx, wallet.operatorId(), wallet.siteId(), wallet.id().value(), "wallet", wallet.id());
        }
        answer(ctx, wallets.topUp(wallet.id(), asked.amount(), asked.method(), asked.key(),
                Tenancy.user(ctx).username()));
    }

    private void refund(Context ctx) {
        Wallet wallet = bookable(ctx);
        MoneyBooking asked = moneyBooking(ctx, json);
        answer(ctx, wallets.refund(wallet.id(), asked.amount(), asked.method(), asked.key(),
                Tenancy.user(ctx).username()));
    }

    private void adjust(Context ctx) {
        Wallet wallet = bookable(ctx);
        AdjustmentRequest request = json.read(ctx, AdjustmentRequest.class);
        InputErrors errors = new InputErrors();
        Money change = Amounts.money(errors, request.amount(), request.currency());
        String reason = errors.required("reason", request.reason());
        errors.throwIfAny();
        ctx.status(201).json(MovementView.of(wallets.adjust(wallet.id(), change, reason, Tenancy.user(ctx).username())));
    }

    private void changeStatus(Context ctx, java.util.function.Function<WalletId, Wallet> change) {
        Wallet wallet = bookable(ctx);
        Wallet changed = change.apply(wallet.id());
        ctx.json(WalletView.of(changed, wallets.balance(changed.id())));
    }

    private void movements(Context ctx) {
        Wallet wallet = visible(ctx);
        InputErrors errors = new InputErrors();
        PageRequest page = new QueryParameters(ctx, errors).page();
        errors.throwIfAny();
        ctx.json(PageView.of(wallets.movements(wallet.id(), page), MovementView::of));
    }

    /** The statement of a month ({@code month=2026-03}), from midnight UTC to midnight UTC. */
    private void statement(Context ctx) {
        Wallet wallet = visible(ctx);
        InputErrors errors = new InputErrors();
        String text = errors.required("month", new QueryParameters(ctx, errors).text("month"));
        java.time.YearMonth month = null;
        try {
            month = text == null ? null : java.time.YearMonth.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            errors.reject("month", "must be a month such as 2026-03");
        }
        errors.throwIfAny();
        Instant from = month.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        var statement = wallets.statement(wallet.id(), from, to);
        ctx.json(new StatementView(wallet.id().value(), wallet.holder(), from, to, MoneyView.of(statement.opening()),
                statement.movements().stream().map(MovementView::of).toList(), MoneyView.of(statement.closing())));
    }

    /** Why the wallet's tokens were refused at authorization, newest first (the latest 100). */
    private void refusals(Context ctx) {
        Wallet wallet = visible(ctx);
        ctx.json(refusals.ofWallet(wallet.id(), 100).stream().map(r -> new RefusalView(r.station().value(),
                r.idToken().value(), r.reason(), r.at())).toList());
    }

    /** The whole ledger spans every operator: the platform admin's check. */
    private void reconciliation(Context ctx) {
        Tenancy.requirePlatformAdmin(ctx);
        ctx.json(ReconciliationView.of(wallets.reconcile()));
    }

    static void answer(Context ctx, Booking booking) {
        if (booking.replayed()) {
            ctx.status(200).header("Idempotent-Replayed", "true");
        } else {
            ctx.status(201);
        }
        ctx.json(MovementView.of(booking.movement()));
    }

    private static IdempotencyKey idempotencyKey(Context ctx, InputErrors errors) {
        String header = ctx.header("Idempotency-Key");
        if (header == null || header.isBlank()) {
            errors.reject("Idempotency-Key", "header is required for a top-up or refund");
            return null;
        }
        return errors.value(() -> new IdempotencyKey(header));
    }

}
