package io.gridcharge.api.transaction;

import io.gridcharge.api.auth.TenantGate;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.charging.TransactionHistory;
import io.gridcharge.domain.charging.TransactionQuery;
import io.gridcharge.domain.charging.TransactionStatus;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;

/** Looking charging transactions up; {@code from}/{@code to} bound the start time. */
public final class TransactionRoutes {
    static final String TRANSACTIONS = "/api/v1/transactions";
    static final String TRANSACTION = TRANSACTIONS + "/{id}";

    private final TransactionHistory history;

    public TransactionRoutes(TransactionHistory history) {
        this.history = history;
    }

    public void register(RoutesConfig routes) {
        routes.get(TRANSACTIONS, this::list);
        routes.get(TRANSACTION, this::get);
    }

    private void list(Context ctx) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        StationId stationId = errors.optional("stationId", query.text("stationId"), StationId::of);
        TransactionStatus status = query.oneOf("status", Vocabulary.TRANSACTION_STATUS);
        Instant from = query.instant("from");
        Instant to = query.instant("to");
        query.requireOrdered(from, to);
        PageRequest page = query.page();
        errors.throwIfAny();

        ctx.json(PageView.of(history.list(new TransactionQuery(stationId, status, from, to,
                        TenantGate.visibleStations(ctx)), page), TransactionView::of));
    }

    private void get(Context ctx) {
        InputErrors errors = new InputErrors();
        Long id = PathParameters.number(ctx, "id", errors);
        errors.throwIfAny();

        var transaction = history.get(id);
        var visible = TenantGate.visibleStations(ctx);
        if (visible != null && !visible.contains(transaction.transaction().stationId())) {
            throw new NotFound("transaction", id);
        }
        ctx.json(TransactionDetailView.of(transaction));
    }
}
