package io.gridcharge.domain.reservation;

import io.gridcharge.domain.command.CommandReply;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Waits for a station's answer. The gateway times every call out itself, so the wait ends; a failure comes
 * out as the {@link io.gridcharge.domain.command.CommandFailure} the port completed the future with.
 */
final class StationReplies {
    private StationReplies() {
    }

    static CommandReply await(CompletableFuture<CommandReply> reply) {
        try {
            return reply.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("station command failed", e.getCause());
        }
    }
}
