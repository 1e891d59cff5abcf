package io.gridcharge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.OcppVersion;
import java.time.Instant;
import java.util.Map;

/**
 * What a simulated station says in one OCPP version, as the text of whole CALL frames, and what it reads from
 * the answers it acts on. The load generator sends tens of thousands of these a second from the machine it
 * measures, so each is a template filled in, not a record turned into a tree and then into text (see
 * {@link MixFrames}); a test decodes every template into its record with the version's validation.
 *
 * <p>A transaction is the same four steps in both versions: Authorize, a start, one meter reading inside it, a
 * stop. In 1.6 the start is StartTransaction and the central system gives the transaction id; in 2.0.1 the
 * start, the reading and the stop are TransactionEvent Started, Updated and Ended, and the station names the
 * transaction itself (OCPP 2.0.1 E01).
 */
interface StationFrames {
    static StationFrames of(OcppVersion version) {
        return switch (version) {
            case V16 -> new Ocpp16StationFrames();
            case V201 -> new Ocpp201StationFrames();
        };
    }

    OcppVersion version();

    String boot(String messageId, String stationId);

    /** Connector 1 (of EVSE 1 in 2.0.1) Available. */
    String available(String messageId, Instant at);

    String heartbeat(String messageId);

    /** The energy register of connector 1 / EVSE 1, outside a transaction. */
    String energyReading(String messageId, long wh, Instant at);

    String authorize(String messageId, String idTag);

    /** {@code transactionId}: the id this station gives its next transaction (2.0.1); 1.6 ignores it. */
    String start(String messageId, String idTag, String transactionId, long wh, Instant at);

    String startedName();

    /** The transaction's id after the start was answered: the central system's (1.6), or the station's own. */
    String startedTransactionId(JsonNode answer, String proposed);

    String reading(String messageId, String transactionId, long wh, Instant at);

    String readingName();

    String stop(String messageId, String idTag, String transactionId, long wh, Instant at);

    String stopName();

    /** Whether the answer to Authorize or to the start accepts the id token. */
    boolean tokenAccepted(JsonNode answer);

    /** The bare central system's fixed answer to each action a station of this version sends. */
    Map<String, ObjectNode> bareAnswers(Instant now);
}
