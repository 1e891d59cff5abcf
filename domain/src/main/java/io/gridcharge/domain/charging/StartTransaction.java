package io.gridcharge.domain.charging;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.TokenType;
import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.time.Instant;

/**
 * A station reports that charging started (OCPP 1.6 §4.8). The transaction is always recorded — the
 * station has started already, and may have done so offline — together with what the platform thinks of
 * the token; a token already charging elsewhere gets ConcurrentTx. The record is committed before the
 * answer, and a resent start returns the transaction recorded the first time.
 */
public final class StartTransaction {
    public record Started(Transaction transaction, Authorization authorization) {
    }

    private final TransactionRepository transactions;
    private final AuthorizeToken authorize;
    private final EventPublisher events;
    private final Clock clock;

    public StartTransaction(TransactionRepository transactions, AuthorizeToken authorize, EventPublisher events,
                            Clock clock) {
        this.transactions = transactions;
        this.authorize = authorize;
        this.events = events;
        this.clock = clock;
    }

    public Started start(StationId stationId, int connectorId, String stationTransactionId, IdToken idToken,
                         long meterStartWh, Instant startedAt, Integer reservationId) {
        return start(stationId, connectorId, stationTransactionId, idToken, null, meterStartWh, startedAt,
                reservationId);
    }

    /**
     * As above, for a token presented as a type (OCPP 2.0.1: a known value presented as another type is a token the
     * platform does not know, C01); null: any type, as 1.6 presents its tokens.
     */
    public Started start(StationId stationId, int connectorId, String stationTransactionId, IdToken idToken,
                         TokenType presentedAs, long meterStartWh, Instant startedAt, Integer reservationId) {
        Authorization authorization = authorize.authorize(stationId, idToken, presentedAs);
        if (authorization.accepted() && chargingElsewhere(idToken, stationId, connectorId)) {
            authorization = new Authorization(AuthorizationStatus.CONCURRENT_TX, authorization.expiresAt(),
                    authorization.groupId());
        }
        Transaction transaction = transactions.start(new NewTransaction(stationId, connectorId, stationTransactionId,
                idToken, authorization.status(), reservationId, meterStartWh, startedAt));
        if (transaction.startAuthorization() != authorization.status()) {
            // A resent start: answer as the first time, so the station's view does not change under it.
            authorization = new Authorization(transaction.startAuthorization(), authorization.expiresAt(),
                    authorization.groupId());
        }
        events.publish(new ChargingEvents.TransactionStarted(stationId, transaction, clock.instant()));
        return new Started(transaction, authorization);
    }

    private boolean chargingElsewhere(IdToken idToken, StationId stationId, int connectorId) {
        return transactions.activeFor(idToken).stream()
                .anyMatch(t -> !(t.stationId().equals(stationId) && t.connectorId() == connectorId));
    }
}
