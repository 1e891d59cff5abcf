package io.gridcharge.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.ocpp.rpc.RpcSession;
import java.util.concurrent.CompletableFuture;

/** One OCPP version's calls for the domain's station commands, and the replies read back. */
public interface CommandTranslator {

    /** The version's action that carries {@code command}, e.g. "RemoteStartTransaction". */
    String action(StationCommand command);

    /**
     * Builds the version's request for {@code command}, calls it and reads the answer. Throws the request
     * record's {@link io.gridcharge.ocpp.validation.PayloadViolation} when the command cannot be said in this
     * version (nothing is sent); the future fails with the session's exceptions, translated by the caller.
     */
    CompletableFuture<CommandReply> send(RpcSession session, StationCommand command);

    /**
     * Calls {@code action} with a payload written in the version's own terms (the generic OCPP endpoint). A version
     * may keep such a call to what the station takes in one message; by default it goes as it is.
     *
     * @throws io.gridcharge.ocpp.validation.PayloadViolation synchronously, nothing sent, when the payload breaks
     *                                                        the action's request schema
     */
    default CompletableFuture<JsonNode> sendRaw(RpcSession session, String action, ObjectNode payload) {
        return session.callRaw(action, payload);
    }
}
