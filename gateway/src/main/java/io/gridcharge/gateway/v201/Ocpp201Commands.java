package io.gridcharge.gateway.v201;

import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.gateway.CommandTranslator;
import io.gridcharge.ocpp.rpc.RpcSession;
import java.util.concurrent.CompletableFuture;

/**
 * The platform's commands as OCPP 2.0.1 calls. A command 2.0.1 has no call for fails with
 * {@link CommandFailure.Unsupported} naming the protocol (the API answers it 400), and nothing is sent.
 */
final class Ocpp201Commands implements CommandTranslator {

    @Override
    public String action(StationCommand command) {
        return command.getClass().getSimpleName();
    }

    @Override
    public CompletableFuture<CommandReply> send(RpcSession session, StationCommand command) {
        return unsupported(command);
    }

    static CompletableFuture<CommandReply> unsupported(StationCommand command) {
        return CompletableFuture.failedFuture(new CommandFailure.Unsupported(command.getClass().getSimpleName()
                + " cannot be sent to an OCPP 2.0.1 station yet"));
    }
}
