package io.gridcharge.api.transaction;

import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.domain.charging.LoggedTransactionEvent;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionEventLog;
import io.gridcharge.domain.charging.TransactionHistory;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;

/**
 * The OCPP 2.0.1 events of a transaction (TransactionEvent, E01-E15) as received, by seqNo, with the seqNos that
 * never came (the gaps below the highest received). A 1.6 transaction has none.
 */
public final class TransactionEventRoutes {
    static final String EVENTS = TransactionRoutes.TRANSACTION + "/events";

    private final TransactionHistory history;
    private final TransactionEventLog log;

    public TransactionEventRoutes(TransactionHistory history, TransactionEventLog log) {
        this.history = history;
        this.log = log;
    }

    public void register(RoutesConfig routes) {
        routes.get(EVENTS, this::events);
    }

    record EventView(int seqNo, String eventType, Instant timestamp, String triggerReason, boolean offline,
                     String chargingState, Integer evseId, String idToken, String idTokenType, String stoppedReason,
                     int meterValues, Instant receivedAt) {
        static EventView of(LoggedTransactionEvent e) {
            String type = switch (e.kind()) {
                case STARTED -> "Started";
                case UPDATED -> "Updated";
                case ENDED -> "Ended";
            };
            return new EventView(e.seqNo(), type, e.at(), e.triggerReason(), e.offline(), e.chargingState(),
                    e.evseId(), e.idToken(), e.idTokenType(), e.stoppedReason(), e.samples(), e.receivedAt());
        }
    }

    record EventsView(long transactionId, String stationId, String stationTransactionId, List<EventView> items,
                      List<Integer> missingSeqNos) {
    }

    private void events(Context ctx) {
        InputErrors errors = new InputErrors();
        Long id = PathParameters.number(ctx, "id", errors);
        errors.throwIfAny();

        Transaction transaction = history.get(id).transaction();
        List<EventView> events = log.events(id).stream().map(EventView::of).toList();
        List<Integer> missing = transaction.stationTransactionId() == null ? List.of()
                : log.missingSeqNos(transaction.stationId(), transaction.stationTransactionId());
        ctx.json(new EventsView(id, transaction.stationId().value(), transaction.stationTransactionId(), events,
                missing));
    }
}
