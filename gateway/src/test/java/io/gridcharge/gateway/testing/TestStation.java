package io.gridcharge.gateway.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * A charging station for tests, on the JDK's own WebSocket client: it sends calls and waits for their
 * answers, answers the central system's calls with canned payloads (or not at all), and records everything.
 */
public final class TestStation implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebSocket socket;
    private final Inbox inbox;
    private final ReentrantLock sending = new ReentrantLock();

    private TestStation(WebSocket socket, Inbox inbox) {
        this.socket = socket;
        this.inbox = inbox;
    }

    public static Connector to(int port, String stationId) {
        return new Connector(URI.create("ws://127.0.0.1:" + port + "/ocpp/" + stationId), stationId);
    }

    /** How a station connects: its credentials, the subprotocols it offers, whether it reads. */
    public static final class Connector {
        private URI uri;
        private final String stationId;
        private String username;
        private String password;
        private String[] subprotocols = {"ocpp1.6"};
        private boolean reading = true;

        private Connector(URI uri, String stationId) {
            this.uri = uri;
            this.stationId = stationId;
        }

        public Connector password(String password) {
            this.username = stationId;
            this.password = password;
            return this;
        }

        public Connector credentials(String username, String password) {
            this.username = username;
            this.password = password;
            return this;
        }

        public Connector subprotocols(String... offered) {
            this.subprotocols = offered;
            return this;
        }

        public Connector path(String rawPath) {
            this.uri = uri.resolve(rawPath);
            return this;
        }

        /** The station reads nothing until {@link TestStation#startReading()}. */
        public Connector notReading() {
            this.reading = false;
            return this;
        }

        public TestStation open() {
            Inbox inbox = new Inbox(reading);
            return new TestStation(handshake(inbox).join(), inbox);
        }

        /** The HTTP response of a handshake that must fail. */
        public HttpResponse<?> refused() {
            try {
                WebSocket socket = handshake(new Inbox(true)).join();
                socket.abort();
                throw new AssertionError("the handshake succeeded");
            } catch (CompletionException e) {
                if (e.getCause() instanceof WebSocketHandshakeException refused) {
                    return refused.getResponse();
                }
                throw e;
            }
        }

        private CompletableFuture<WebSocket> handshake(Inbox inbox) {
            WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(WAIT);
            if (subprotocols.length > 0) {
                builder.subprotocols(subprotocols[0], List.of(subprotocols).subList(1, subprotocols.length)
                        .toArray(String[]::new));
            }
            if (password != null) {
                String token = Base64.getEncoder().encodeToString(
                        (username + ":" + password).getBytes(StandardCharsets.UTF_8));
                builder.header("Authorization", "Basic " + token);
            }
            return builder.buildAsync(uri, inbox);
        }
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    /** Sends a CALL and waits for its CALLRESULT or CALLERROR: the answer's JSON array. */
    public JsonNode call(String action, String payload) {
        String messageId = UUID.randomUUID().toString();
        CompletableFuture<JsonNode> answer = inbox.expect(messageId);
        send("[2,\"" + messageId + "\",\"" + action + "\"," + payload + "]");
        return answer.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Sends a CALL under a given message id, and waits for the answer under that id. */
    public JsonNode call(String messageId, String action, String payload) {
        CompletableFuture<JsonNode> answer = inbox.expect(messageId);
        send("[2,\"" + messageId + "\",\"" + action + "\"," + payload + "]");
        return answer.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Sends any text and waits for the answer that carries {@code answerId}. */
    public JsonNode sendAndAwait(String text, String answerId) {
        CompletableFuture<JsonNode> answer = inbox.expect(answerId);
        send(text);
        return answer.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public void send(String text) {
        sending.lock();
        try {
            socket.sendText(text, true).join();
        } finally {
            sending.unlock();
        }
    }

    public void sendBinary(byte[] bytes) {
        sending.lock();
        try {
            socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).join();
        } finally {
            sending.unlock();
        }
    }

    /** Answers the central system's calls of {@code action} with what {@code answer} makes of their payload. */
    public TestStation answering(String action, Function<JsonNode, String> answer) {
        inbox.answerers.put(action, call -> CompletableFuture.runAsync(() -> send(
                "[3,\"" + call.get(1).asText() + "\"," + answer.apply(call.get(3)) + "]")));
        return this;
    }

    /** Answers the central system's calls of {@code action} with a CALLERROR. */
    public TestStation refusing(String action, String errorCode, String description) {
        inbox.answerers.put(action, call -> CompletableFuture.runAsync(() -> send(
                "[4,\"" + call.get(1).asText() + "\",\"" + errorCode + "\",\"" + description + "\",{}]")));
        return this;
    }

    /** The central system's calls received so far, of one action. */
    public List<JsonNode> callsReceived(String action) {
        return inbox.calls.stream().filter(call -> call.get(2).asText().equals(action)).toList();
    }

    public long answersReceived() {
        return inbox.answers.get();
    }

    public void startReading() {
        socket.request(Long.MAX_VALUE);
    }

    /** Waits for the central system to close the connection; its close code. */
    public int awaitClose() {
        return inbox.closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    public String closeReason() {
        return inbox.closeReason;
    }

    public boolean isClosed() {
        return inbox.closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(2, TimeUnit.SECONDS)
                    .exceptionally(e -> null).join();
        }
        socket.abort();
    }

    /** The client's listener: whole messages, sorted into answers and calls. */
    private static final class Inbox implements WebSocket.Listener {
        private final boolean reading;
        private final StringBuilder partial = new StringBuilder();
        private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();
        private final Map<String, Function<JsonNode, CompletableFuture<Void>>> answerers = new ConcurrentHashMap<>();
        private final List<JsonNode> calls = new CopyOnWriteArrayList<>();
        private final AtomicLong answers = new AtomicLong();
        private final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private volatile String closeReason;

        Inbox(boolean reading) {
            this.reading = reading;
        }

        CompletableFuture<JsonNode> expect(String messageId) {
            return awaited.computeIfAbsent(messageId, id -> new CompletableFuture<>());
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            if (reading) {
                webSocket.request(Long.MAX_VALUE);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                handle(message);
            }
            return null;
        }

        private void handle(String message) {
            ArrayNode frame;
            try {
                frame = (ArrayNode) JSON.readTree(message);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (frame.get(0).asInt() == 2) {
                calls.add(frame);
                var answerer = answerers.get(frame.get(2).asText());
                if (answerer != null) {
                    answerer.apply(frame);
                }
                return;
            }
            answers.incrementAndGet();
            expect(frame.get(1).asText()).complete(frame);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeReason = reason;
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeReason = error.toString();
            closed.complete(-1);
        }
    }
}
