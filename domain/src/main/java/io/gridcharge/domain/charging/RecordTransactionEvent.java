package io.gridcharge.domain.charging;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.authorization.TokenType;
import io.gridcharge.domain.event.EventPublisher;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A station reports an event of a transaction (OCPP 2.0.1 E01-E15), kept on the same {@link Transaction}
 * record as a 1.6 one:
 * <ul>
 * <li>The transaction is created by the first event that reaches the platform, whatever its kind: a Started
 * may be lost or never sent (E.FR: a station may start with Updated), and one made offline may arrive as a
 * single Ended. Its meter start is the energy register in that event, else 0.</li>
 * <li>seqNo makes repeats idempotent: an event already kept changes nothing and is answered as before. A gap
 * (an event skipped) is kept as such, see {@link TransactionEventLog#missingSeqNos}.</li>
 * <li>A token is judged by its value and the type it is presented as: a known value presented as another type is
 * a token the platform does not know, Invalid (C01).</li>
 * <li>A token given later (authorization after plug-in, E03) is checked, kept in the event log with its
 * type, and becomes the transaction's token when it started without one; a token once given stays.</li>
 * <li>A transaction authorized before the EV was plugged in (E03) may start on no EVSE and before any register
 * reading: the EVSE named in a later event places it (TransactionEventRequest.evse is sent once it is known), and
 * a later reading with context Transaction.Begin is its meter start, so its energy counts from there.</li>
 * <li>Ended stops the transaction with the last energy register reading known.</li>
 * <li>A reservationId is kept on the transaction and the reservation is used as a 1.6 StartTransaction uses it
 * (H03), whether it comes with the event that creates the transaction or with a later one (plug-in first, then the
 * reserved driver's token); a transaction that names a reservation keeps it.</li>
 * </ul>
 */
public final class RecordTransactionEvent {
    private static final Logger LOG = Logger.getLogger(RecordTransactionEvent.class.getName());
    /** The domain's connector for an event that names no EVSE: the station as a whole. */
    private static final int NO_EVSE = 0;
    /** 2.0.1 TransactionType.stoppedReason: "Local" is the one to assume when absent (normal end). */
    private static final String DEFAULT_STOP_REASON = "Local";

    /** The transaction as it is after the event; the verdict on the event's token when it had one. */
    public record Recorded(Transaction transaction, Optional<Authorization> authorization, boolean repeated) {
    }

    private final TransactionRepository transactions;
    private final TransactionEventLog log;
    private final StartTransaction start;
    private final StopTransaction stop;
    private final RecordMeterValues meterValues;
    private final AuthorizeToken authorize;
    private final EventPublisher events;
    private final Clock clock;

    public RecordTransactionEvent(TransactionRepository transactions, TransactionEventLog log, StartTransaction start,
                                  StopTransaction stop, RecordMeterValues meterValues, AuthorizeToken authorize,
                                  EventPublisher events, Clock clock) {
        this.transactions = transactions;
        this.log = log;
        this.start = start;
        this.stop = stop;
        this.meterValues = meterValues;
        this.authorize = authorize;
        this.events = events;
        this.clock = clock;
    }

    public Recorded record(TransactionEvent event) {
        Optional<Transaction> known = transactions.findByStationTransactionId(event.stationId(),
                event.stationTransactionId());
        Optional<Authorization> authorization = Optional.empty();
        Transaction transaction;
        if (known.isPresent()) {
            transaction = known.get();
        } else {
            Created created = create(event);
            transaction = created.transaction();
            authorization = created.authorization();
        }
        if (authorization.isEmpty() && event.idToken() != null) {
            authorization = Optional.of(authorize.authorize(event.idToken(), TokenType.ofLabel(event.idTokenType())));
        }
        TransactionEventLog.Appended appended = log.append(transaction.id(), event, clock.instant());
        if (!appended.kept()) {
            LOG.fine(() -> "station " + event.stationId() + ": transaction " + event.stationTransactionId()
                    + " event " + event.seqNo() + " received again, ignored");
            return new Recorded(transaction, authorization, true);
        }
        if (!appended.gapless()) {
            List<Integer> missing = log.missingSeqNos(event.stationId(), event.stationTransactionId());
            LOG.warning(() -> "station " + event.stationId() + ": transaction " + event.stationTransactionId()
                    + " misses events " + missing);
        }
        if (transaction.idToken() == null && event.idToken() != null) {
            transaction = transactions.identify(transaction.id(), event.idToken(), authorization.get().status());
        }
        transaction = placed(transaction, event);
        int connector = event.evseId() != null ? event.evseId() : transaction.connectorId();
        if (event.kind() == TransactionEvent.Kind.ENDED) {
            Transaction current = transaction;
            long meterStop = event.energyRegisterWh().orElseGet(() -> lastRegister(current));
            Transaction ending = transaction;
            transaction = stop.stop(event.stationId(), transaction.id(), meterStop, event.at(),
                    event.stoppedReason() == null ? DEFAULT_STOP_REASON : event.stoppedReason(), event.idToken(),
                    event.samples()).transaction().orElse(ending);
        } else {
            meterValues.record(transaction, connector, event.samples());
        }
        return new Recorded(transaction, authorization, false);
    }

    /** The EVSE, the begin reading and the reservation a transaction started without, once an event names them. */
    private Transaction placed(Transaction transaction, TransactionEvent event) {
        Transaction placed = transaction;
        if (placed.connectorId() == NO_EVSE && event.evseId() != null && event.evseId() != NO_EVSE) {
            placed = transactions.locate(placed.id(), event.evseId());
        }
        java.util.OptionalLong begin = event.beginRegisterWh();
        if (begin.isPresent() && placed.isActive() && begin.getAsLong() != placed.meterStartWh()) {
            placed = transactions.correctMeterStart(placed.id(), begin.getAsLong());
        }
        if (placed.reservationId() == null && event.reservationId() != null && placed.isActive()) {
            placed = transactions.reserve(placed.id(), event.reservationId());
            events.publish(new ChargingEvents.ReservationNamed(event.stationId(), placed, clock.instant()));
        }
        return placed;
    }

    private record Created(Transaction transaction, Optional<Authorization> authorization) {
    }

    /** Through {@link StartTransaction} when a token is known, so that ConcurrentTx is judged as in 1.6. */
    private Created create(TransactionEvent event) {
        int connector = event.evseId() != null ? event.evseId() : NO_EVSE;
        long meterStart = event.energyRegisterWh().orElse(0);
        if (event.idToken() != null) {
            StartTransaction.Started started = start.start(event.stationId(), connector, event.stationTransactionId(),
                    event.idToken(), TokenType.ofLabel(event.idTokenType()), meterStart, event.at(),
                    event.reservationId());
            return new Created(started.transaction(), Optional.of(started.authorization()));
        }
        Transaction transaction = transactions.start(new NewTransaction(event.stationId(), connector,
                event.stationTransactionId(), null, null, event.reservationId(), meterStart, event.at()));
        events.publish(new ChargingEvents.TransactionStarted(event.stationId(), transaction, clock.instant()));
        return new Created(transaction, Optional.empty());
    }

    /** The last energy register reading kept for the transaction, else its meter start. */
    private long lastRegister(Transaction transaction) {
        return MeterSample.lastEnergyRegisterWh(transactions.samplesOf(transaction.id()))
                .orElse(transaction.meterStartWh());
    }
}
