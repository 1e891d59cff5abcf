package io.gridcharge.gateway;

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
}
