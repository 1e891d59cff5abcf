package io.gridcharge.gateway;

import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.station.StationId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

/**
 * The domain's {@link StationCommands} port on this node: finds the station's live connection and sends the
 * command in the version it speaks. Replies are handed over on a fresh virtual thread, so that what the
 * caller chains onto them never runs on (and never blocks) the station's inbound mailbox or the timer.
 */
public final class GatewayStationCommands implements StationCommands {
    private static final ThreadFactory REPLY_THREADS = Thread.ofVirtual().name("station-reply-", 0).factory();
    private static final Executor REPLIES = task -> REPLY_THREADS.newThread(task).start();

    private final ConnectionRegistry connections;

    public GatewayStationCommands(ConnectionRegistry connections) {
        this.connections = connections;
    }

    @Override
    public CompletableFuture<CommandReply> send(StationId station, StationCommand command) {
        Optional<StationConnection> connection = connections.find(station);
        if (connection.isEmpty()) {
            return CompletableFuture.failedFuture(new CommandFailure.NotConnected(station));
        }
        return handedOver(connection.get().session().send(command));
    }

    @Override
    public CompletableFuture<String> sendRaw(StationId station, String action, String payloadJson) {
        Optional<StationConnection> connection = connections.find(station);
        if (connection.isEmpty()) {
            return CompletableFuture.failedFuture(new CommandFailure.NotConnected(station));
        }
        return handedOver(connection.get().session().sendRaw(action, payloadJson));
    }

    private static <T> CompletableFuture<T> handedOver(CompletableFuture<T> reply) {
        CompletableFuture<T> handed = new CompletableFuture<>();
        reply.whenCompleteAsync((value, failure) -> {
            if (failure == null) {
                handed.complete(value);
            } else {
                handed.completeExceptionally(failure);
            }
        }, REPLIES);
        return handed;
    }
}
