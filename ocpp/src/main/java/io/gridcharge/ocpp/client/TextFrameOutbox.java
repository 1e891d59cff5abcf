package io.gridcharge.ocpp.client;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Sends whole text messages in the order given, from any thread. The JDK's WebSocket permits one pending
 * send at a time and fails a second with IllegalStateException, so each send is chained behind the one
 * before; the first in the chain is the opening handshake. A failed send fails every send chained behind
 * it, and is reported once: the connection is broken by then.
 */
final class TextFrameOutbox {
    private final ReentrantLock lock = new ReentrantLock();
    private final Consumer<Throwable> onFailure;
    private CompletableFuture<WebSocket> last; // guarded by lock
    private boolean closing; // guarded by lock

    TextFrameOutbox(CompletableFuture<WebSocket> opened, Consumer<Throwable> onFailure) {
        this.last = opened;
        this.onFailure = onFailure;
    }

    /** @throws IllegalStateException after {@link #close}: nothing more goes out once the Close frame is queued */
    void send(String text) {
        lock.lock();
        try {
            if (closing) {
                throw new IllegalStateException("The connection is closing; nothing more is sent");
            }
            CompletableFuture<WebSocket> previous = last;
            last = previous.thenCompose(socket -> socket.sendText(text, true));
            // Only the send that failed reports; those chained behind it fail with the same cause.
            last.whenComplete((socket, failure) -> {
                if (failure != null && !previous.isCompletedExceptionally()) {
                    onFailure.accept(failure);
                }
            });
        } finally {
            lock.unlock();
        }
    }

    /** Queues the Close frame behind what is already queued; completes when it has been sent. */
    CompletableFuture<WebSocket> close(int code, String reason) {
        lock.lock();
        try {
            if (!closing) {
                closing = true;
                last = last.thenCompose(socket -> socket.sendClose(code, reason));
            }
            return last;
        } finally {
            lock.unlock();
        }
    }
}
