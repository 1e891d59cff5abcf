package io.gridcharge.domain.command;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Waits for a station's answer inside a domain service (domain code is plain blocking Java on virtual
 * threads, DESIGN §4). The gateway times every call out, so the wait ends; a failure comes out as the
 * {@link CommandFailure} the port completed the future with.
 */
public final class AwaitedReply {
    private AwaitedReply() {
    }

    public static CommandReply of(CompletableFuture<CommandReply> reply) {
        try {
            return reply.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("station command failed", cause);
        } catch (CancellationException e) {
            throw new IllegalStateException("station command was cancelled", e);
        }
    }
}
