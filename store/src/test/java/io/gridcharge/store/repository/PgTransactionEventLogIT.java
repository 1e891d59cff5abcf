package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.aStart;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.charging.LoggedTransactionEvent;
import io.gridcharge.domain.charging.NewTransaction;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionEvent;
import io.gridcharge.domain.charging.TransactionEventLog;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgTransactionEventLogIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();
    private static final StationId CP_1 = StationId.of("CP-1");

    private PgTransactionEventLog log;
    private PgTransactionRepository transactions;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.emptyAllTables(db.jdbi());
        log = new PgTransactionEventLog(db.jdbi());
        transactions = new PgTransactionRepository(db.jdbi());
    }

    @Test
    void anEventIsKeptOnceAndTheSeqNosNeverReceivedAreTheGaps() {
        long id = transactions.start(aStart("CP-1").withStationTransactionId("TX-1").build()).id();

        assertThat(log.append(id, anEvent("TX-1", 0, null), minutes(1)))
                .isEqualTo(new TransactionEventLog.Appended(true, true));
        assertThat(log.append(id, anEvent("TX-1", 0, null), minutes(2)).kept()).isFalse();
        assertThat(log.append(id, anEvent("TX-1", 3, "ISO14443"), minutes(3)))
                .isEqualTo(new TransactionEventLog.Appended(true, false));

        assertThat(log.missingSeqNos(CP_1, "TX-1")).containsExactly(1, 2);
        assertThat(log.missingSeqNos(CP_1, "TX-UNKNOWN")).isEmpty();
        assertThat(log.append(id, anEvent("TX-1", 2, null), minutes(4)).gapless()).isFalse();
        assertThat(log.append(id, anEvent("TX-1", 1, null), minutes(5)).gapless())
                .as("the late events close the gap").isTrue();
        assertThat(log.missingSeqNos(CP_1, "TX-1")).isEmpty();
        assertThat(Fixtures.count(db.jdbi(), "transaction_events")).isEqualTo(4);
        String type = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT id_token_type FROM transaction_events WHERE seq_no = 3").mapTo(String.class).one());
        assertThat(type).isEqualTo("ISO14443");
    }

    @Test
    void theEventsOfATransactionAreReadBySeqNoWithoutTheirSamples() {
        long id = transactions.start(aStart("CP-1").withStationTransactionId("TX-3").build()).id();
        log.append(id, anEvent("TX-3", 2, "eMAID"), minutes(4));
        log.append(id, anEvent("TX-3", 0, null), minutes(5));

        List<LoggedTransactionEvent> events = log.events(id);

        assertThat(events).extracting(LoggedTransactionEvent::seqNo).containsExactly(0, 2);
        assertThat(events.get(1).idToken()).isEqualTo("ALICE");
        assertThat(events.get(1).idTokenType()).isEqualTo("eMAID");
        assertThat(events.get(1).offline()).isTrue();
        assertThat(events.get(1).receivedAt()).isEqualTo(minutes(4));
        assertThat(log.events(id + 1)).isEmpty();
    }

    @Test
    void aTransactionStartedWithoutATokenTakesTheFirstOneGivenAndKeepsIt() {
        Transaction started = transactions.start(new NewTransaction(CP_1, 1, "TX-2", null, null, null, 0,
                minutes(0)));

        Transaction identified = transactions.identify(started.id(), IdToken.of("ALICE"), AuthorizationStatus.ACCEPTED);
        Transaction again = transactions.identify(started.id(), IdToken.of("BOB"), AuthorizationStatus.BLOCKED);

        assertThat(identified.idToken()).isEqualTo(IdToken.of("ALICE"));
        assertThat(identified.startAuthorization()).isEqualTo(AuthorizationStatus.ACCEPTED);
        assertThat(again.idToken()).isEqualTo(IdToken.of("ALICE"));
        assertThat(transactions.activeFor(IdToken.of("ALICE"))).extracting(Transaction::id)
                .containsExactly(started.id());
    }

    private static TransactionEvent anEvent(String txId, int seqNo, String tokenType) {
        return new TransactionEvent(CP_1, txId, seqNo == 0 ? TransactionEvent.Kind.STARTED
                : TransactionEvent.Kind.UPDATED, seqNo, minutes(seqNo), "MeterValuePeriodic", seqNo > 0, "Charging",
                1, tokenType == null ? null : IdToken.of("ALICE"), tokenType, null, List.of());
    }
}
