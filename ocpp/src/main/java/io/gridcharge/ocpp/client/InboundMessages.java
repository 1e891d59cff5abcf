package io.gridcharge.ocpp.client;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the WebSocket's receive callbacks into whole text messages, handed one at a time to a consumer on
 * the connection's own executor, and reports how the connection ended.
 *
 * <p>The next message is requested only once the consumer is done with the one before (RFC 6455 allows a
 * message in any number of fragments; each fragment is requested as it is appended). So messages are
 * consumed strictly in order, never two at once, and a slow consumer makes the socket stop reading rather
 * than a queue grow. A Close frame is delivered only after the last message's consumer is done, so answers
 * that came before it complete their calls first.
 */
final class InboundMessages implements WebSocket.Listener {
    private static final Logger log = LoggerFactory.getLogger(InboundMessages.class);

    private final String stationId;
    private final Executor executor;
    private final Consumer<String> consumer;
    private final Consumer<CloseStatus> onEnd;
    private StringBuilder message = new StringBuilder(); // touched only by the WebSocket's sequential callbacks

    InboundMessages(String stationId, Executor executor, Consumer<String> consumer, Consumer<CloseStatus> onEnd) {
        this.stationId = stationId;
        this.executor = executor;
        this.consumer = consumer;
        this.onEnd = onEnd;
    }

    /** Requests nothing: the client asks for the first message once it has checked the agreed subprotocol. */
    @Override
    public void onOpen(WebSocket socket) {
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence fragment, boolean last) {
        message.append(fragment);
        if (!last) {
            socket.request(1);
            return null;
        }
        String text = message.toString();
        message = new StringBuilder();
        try {
            executor.execute(() -> consume(socket, text));
        } catch (RejectedExecutionException closed) {
            log.debug("[{}] dropping a message that arrived while the client closed", stationId);
        }
        return null;
    }

    private void consume(WebSocket socket, String text) {
        try {
            consumer.accept(text);
        } catch (RuntimeException failure) {
            log.error("[{}] an inbound message could not be handled", stationId, failure);
        } finally {
            socket.request(1);
        }
    }

    /** OCPP-J messages are JSON text; a binary message carries nothing for the session. */
    @Override
    public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
        if (last) {
            log.warn("[{}] ignoring a binary message: OCPP-J uses text messages only", stationId);
        }
        socket.request(1);
        return null;
    }

    /** Returning null lets the WebSocket answer with its own Close frame at once, as RFC 6455 §5.5.1 asks. */
    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        onEnd.accept(new CloseStatus(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        onEnd.accept(CloseStatus.abnormal(error.toString()));
    }
}
