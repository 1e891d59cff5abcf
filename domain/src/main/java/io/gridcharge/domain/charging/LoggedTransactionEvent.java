package io.gridcharge.domain.charging;

import java.time.Instant;

/**
 * A {@link TransactionEvent} as the log keeps it: its fields without the meter values (those are the
 * transaction's samples), the number of samples it carried and when it came.
 */
public record LoggedTransactionEvent(String stationTransactionId, TransactionEvent.Kind kind, int seqNo, Instant at,
                                     String triggerReason, boolean offline, String chargingState, Integer evseId,
                                     String idToken, String idTokenType, String stoppedReason, int samples,
                                     Instant receivedAt) {
    public static LoggedTransactionEvent of(TransactionEvent event, Instant receivedAt) {
        return new LoggedTransactionEvent(event.stationTransactionId(), event.kind(), event.seqNo(), event.at(),
                event.triggerReason(), event.offline(), event.chargingState(), event.evseId(),
                event.idToken() == null ? null : event.idToken().value(), event.idTokenType(), event.stoppedReason(),
                event.samples().size(), receivedAt);
    }
}
