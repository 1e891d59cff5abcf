package io.gridcharge.gateway;

import io.gridcharge.domain.journal.JournalEntry;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.ocpp.OcppVersion;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/** What a {@link StationSession} gets from the transport: the station's socket and the gateway's services. */
public interface StationLink {

    StationId stationId();

    OcppVersion version();

    /** Writes a text frame; safe from any thread. */
    void send(String frame);

    /** Closes the WebSocket with a close code (RFC 6455 §7.4) and a reason the station may log. */
    void close(int code, String reason);

    /**
     * Records a frame that crossed the wire: appended to the message journal and counted by action.
     * {@code action} is the CALL's action, or for an answer the action of the call it answers; null when unknown.
     */
    void recordFrame(JournalEntry.Direction direction, String action, String messageId, String frame);

    /** Times one inbound call's handling, by action. */
    <T> T timeHandler(String action, java.util.function.Supplier<T> handler);

    /** For call timeouts; callbacks must be short. */
    ScheduledExecutorService scheduler();

    Duration callTimeout();
}
