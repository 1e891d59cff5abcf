package io.gridcharge.app.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A station as a test drives it over the JDK's WebSocket client, with the TLS context the test gives it (the
 * platform CA as trust anchor and, for Security Profile 3, a client key and certificate): raw OCPP-J frames
 * out, the central system's results and calls in, each read with a deadline.
 */
final class TlsStation implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final BlockingQueue<JsonNode> results = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonNode> calls = new LinkedBlockingQueue<>();
    private WebSocket socket;

    /** How a handshake ended when it did not open: the HTTP status, or -1 when TLS itself refused. */
    record Refusal(int status, Throwable cause) {
    }

    private TlsStation() {
    }

    static TlsStation open(String baseUrl, String stationId, String password, SSLContext tls) {
        return open(baseUrl, stationId, password, tls, "ocpp1.6");
    }

    /** As {@link #open(String, String, String, SSLContext)}, offering {@code subprotocol} ("ocpp2.0.1"). */
    static TlsStation open(String baseUrl, String stationId, String password, SSLContext tls, String subprotocol) {
        Object outcome = attempt(baseUrl, stationId, password, tls, subprotocol);
        if (outcome instanceof TlsStation station) {
            return station;
        }
        throw new AssertionError("the platform refused " + stationId + ": " + outcome);
    }

    static Refusal refused(String baseUrl, String stationId, String password, SSLContext tls) {
        return refused(baseUrl, stationId, password, tls, "ocpp1.6");
    }

    static Refusal refused(String baseUrl, String stationId, String password, SSLContext tls, String subprotocol) {
        Object outcome = attempt(baseUrl, stationId, password, tls, subprotocol);
        if (outcome instanceof TlsStation station) {
            station.close();
            throw new AssertionError("the platform let " + stationId + " connect");
        }
        return (Refusal) outcome;
    }

    private static Object attempt(String baseUrl, String stationId, String password, SSLContext tls,
                                  String subprotocol) {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(WAIT);
        if (tls != null) {
            client.sslContext(tls);
        }
        WebSocket.Builder handshake = client.build().newWebSocketBuilder().subprotocols(subprotocol);
        if (password != null) {
            handshake.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((stationId + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        TlsStation station = new TlsStation();
        try {
            station.socket = handshake.buildAsync(URI.create(baseUrl + "/" + stationId), station.listener())
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return station;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return new Refusal(refused.getResponse().statusCode(), refused);
            }
            return new Refusal(-1, e.getCause());
        } catch (Exception e) {
            return new Refusal(-1, e);
        }
    }

    /** The subprotocol the platform chose at the handshake. */
    String subprotocol() {
        return socket.getSubprotocol();
    }

    /** Sends a call and returns the payload of its CALLRESULT (a CALLERROR fails the test). */
    JsonNode call(String action, String payload) {
        String id = UUID.randomUUID().toString();
        socket.sendText("[2,\"" + id + "\",\"" + action + "\"," + payload + "]", true).join();
        JsonNode frame = poll(results, action + " answer");
        if (frame.get(0).asInt() != 3 || !frame.get(1).asText().equals(id)) {
            throw new AssertionError(action + " was answered " + frame);
        }
        return frame.get(2);
    }

    /** The next call the central system sent: [2, id, action, payload]. */
    JsonNode nextCall() {
        return poll(calls, "a call from the central system");
    }

    void answer(JsonNode call, String payload) {
        socket.sendText("[3,\"" + call.get(1).asText() + "\"," + payload + "]", true).join();
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
                    .join();
        }
    }

    private static JsonNode poll(BlockingQueue<JsonNode> queue, String what) {
        try {
            JsonNode frame = queue.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("no " + what + " within " + WAIT);
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    try {
                        ArrayNode frame = (ArrayNode) JSON.readTree(text.toString());
                        (frame.get(0).asInt() == 2 ? calls : results).add(frame);
                    } catch (Exception e) {
                        results.add(JSON.createArrayNode().add("unreadable: " + text));
                    }
                    text.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        };
    }
}
