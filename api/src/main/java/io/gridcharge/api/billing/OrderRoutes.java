package io.gridcharge.api.billing;

import io.gridcharge.api.auth.Tenancy;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.domain.billing.Order;
import io.gridcharge.domain.billing.OrderHistory;
import io.gridcharge.domain.billing.OrderQuery;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Scope;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.tenant.User;
import io.gridcharge.domain.wallet.WalletId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Objects;

/** Orders: listing, one order, its invoice or receipt as PDF, and exports as CSV or XLSX (issue 7). */
public final class OrderRoutes {
    static final String ORDERS = "/api/v1/orders";
    static final String ORDER = ORDERS + "/{orderId}";
    static final String ORDER_OF_TRANSACTION = ORDERS + "/by-transaction/{transactionId}";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OrderHistory orders;

    public OrderRoutes(OrderHistory orders) {
        this.orders = orders;
    }

    public void register(RoutesConfig routes) {
        routes.get(ORDERS, this::list);
        routes.get(ORDERS + "/export", this::export);
        routes.get(ORDER, ctx -> ctx.json(OrderView.of(visible(ctx))));
        routes.get(ORDER + "/invoice", this::invoice);
        routes.get(ORDER_OF_TRANSACTION, this::ofTransaction);
    }

    /**
     * The order of one transaction, for its detail page. A running transaction, or one whose order is not
     * recorded yet, has none: 404, as for another tenant's.
     */
    private void ofTransaction(Context ctx) {
        InputErrors errors = new InputErrors();
        Long id = PathParameters.number(ctx, "transactionId", errors);
        errors.throwIfAny();
        Order order = orders.ofTransaction(id).filter(o -> sees(ctx, o))
                .orElseThrow(() -> new NotFound("order of transaction", id));
        ctx.json(OrderView.of(order));
    }

    private void list(Context ctx) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        OrderQuery filter = filter(ctx, query, errors);
        PageRequest page = query.page();
        errors.throwIfAny();
        ctx.json(PageView.of(orders.list(scoped(ctx, filter), page), OrderView::of));
    }

    private void export(Context ctx) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        OrderQuery filter = filter(ctx, query, errors);
        String format = Objects.requireNonNullElse(query.text("format"), "csv");
        if (!format.equals("csv") && !format.equals("xlsx")) {
            errors.reject("format", "must be csv or xlsx");
        }
        errors.throwIfAny();
        var all = orders.export(scoped(ctx, filter));
        if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=orders.csv")
                    .result(OrderDocuments.csv(all));
        } else {
            ctx.contentType(XLSX).header("Content-Disposition", "attachment; filename=orders.xlsx")
                    .result(OrderDocuments.xlsx(all));
        }
    }

    private void invoice(Context ctx) {
        Order order = visible(ctx);
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=order-" + order.id() + ".pdf")
                .result(OrderDocuments.invoicePdf(order));
    }

    private Order visible(Context ctx) {
        InputErrors errors = new InputErrors();
        Long id = PathParameters.number(ctx, "orderId", errors);
        errors.throwIfAny();
        Order order = orders.get(id);
        if (!sees(ctx, order)) {
            throw new NotFound("order", id);
        }
        return order;
    }

    private static boolean sees(Context ctx, Order order) {
        return order.operatorId() == null ? Tenancy.access(ctx).isPlatformAdmin()
                : Tenancy.access(ctx).sees(order.operatorId(), order.siteId(),
                order.walletId() == null ? null : order.walletId().value());
    }

    private static OrderQuery filter(Context ctx, QueryParameters query, InputErrors errors) {
        OperatorId operator = errors.optional("operatorId", query.text("operatorId"), OperatorId::of);
        SiteId site = errors.optional("siteId", query.text("siteId"), SiteId::of);
        StationId station = errors.optional("stationId", query.text("stationId"), StationId::of);
        Integer wallet = query.integer("walletId");
        Instant from = query.instant("from");
        Instant to = query.instant("to");
        query.requireOrdered(from, to);
        return new OrderQuery(operator, site, station, wallet == null ? null : WalletId.of(wallet), from, to);
    }

    /**
     * The filter narrowed to what the user sees: their operator, site or wallet. Asking for another tenant's
     * is answered as if it did not exist.
     */
    private static OrderQuery scoped(Context ctx, OrderQuery q) {
        User user = Tenancy.user(ctx);
        Scope scope = user.scope();
        return switch (user.role()) {
            case ADMIN -> q;
            case OPERATOR_ADMIN, FINANCE -> new OrderQuery(same(scope.operator(), q.operator(), "operator"), q.site(),
                    q.station(), q.wallet(), q.from(), q.to());
            case PROPERTY_MANAGER -> new OrderQuery(same(scope.operator(), q.operator(), "operator"),
                    same(scope.site(), q.site(), "site"), q.station(), q.wallet(), q.from(), q.to());
            case DRIVER -> new OrderQuery(same(scope.operator(), q.operator(), "operator"), q.site(), q.station(),
                    same(WalletId.of(scope.wallet()), q.wallet(), "wallet"), q.from(), q.to());
        };
    }

    private static <T> T same(T own, T asked, String what) {
        if (asked != null && !asked.equals(own)) {
            throw new NotFound(what, asked);
        }
        return own;
    }
}
