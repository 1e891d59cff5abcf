package io.gridcharge.gateway;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import java.util.concurrent.CompletableFuture;

/** One connection's conversation with a station in one OCPP version, as opened by a {@link ProtocolAdapter}. */
public interface StationSession {

    /** An inbound text frame. Called for one connection by one thread at a time, in arrival order. */
    void onText(String frame);

    /** Sends a command in this version; the future fails with {@link io.gridcharge.domain.command.CommandFailure}. */
    CompletableFuture<CommandReply> send(StationCommand command);

    /**
     * Sends an action by name with a JSON payload; throws {@link io.gridcharge.domain.shared.InvalidInput} when
     * the payload is not JSON or breaks the action's rules (nothing sent). The future fails with
     * {@link io.gridcharge.domain.command.CommandFailure.Unsupported} for an action the platform cannot send.
     */
    CompletableFuture<String> sendRaw(String action, String payloadJson);

    /** The connection is gone: calls still waiting for an answer fail. */
    void close();
}
