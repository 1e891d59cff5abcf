package io.gridcharge.app.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A charging station played by an independent OCPP-J implementation: the npm package ocpp-rpc in strict
 * mode, run by the machine's node (target/conformance/station.mjs). Everything it sends and every answer it
 * gets is checked against the official OCPP JSON schemas; a schema failure is recorded in
 * {@link #schemaFailures()}, which the tests require to be empty.
 */
public final class ScriptedStation implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** The station's view of one call: the CALLRESULT payload, or the CALLERROR code. */
    public record Answer(JsonNode payload, String errorCode, String message) {
        public boolean isError() {
            return errorCode != null;
        }

        public String text(String field) {
            return payload.path(field).asText();
        }
    }

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<JsonNode> results = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonNode> inbound = new LinkedBlockingQueue<>();
    private final BlockingQueue<JsonNode> lifecycle = new LinkedBlockingQueue<>();
    private final List<String> schemaFailures = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final JsonNode connection;

    private ScriptedStation(Process process) {
        this.process = process;
        this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readEvents, "scripted-station-out");
        reader.setDaemon(true);
        reader.start();
        this.connection = take(lifecycle, "connection");
    }

    /** Connects to {@code ws://.../ocpp} as {@code identity}; check {@link #connected()} for the outcome. */
    public static ScriptedStation connect(String endpoint, String identity, String password) {
        return connect(endpoint, identity, password, "ocpp1.6");
    }

    /** As {@link #connect(String, String, String)}, offering {@code protocol} ("ocpp2.0.1") and checking its schemas. */
    public static ScriptedStation connect(String endpoint, String identity, String password, String protocol) {
        Path script = Path.of("target", "conformance", "station.mjs").toAbsolutePath();
        if (!Files.isRegularFile(script.resolveSibling("node_modules").resolve("ocpp-rpc").resolve("package.json"))) {
            throw new IllegalStateException("ocpp-rpc is not installed under " + script.getParent()
                    + ": the build's npm ci step (generate-test-resources) did not run or failed");
        }
        try {
            Process process = new ProcessBuilder("node", script.toString(), endpoint, identity,
                    password == null ? "" : password, protocol)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return new ScriptedStation(process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node: is node installed?", e);
        }
    }

    public boolean connected() {
        return "connected".equals(connection.path("type").asText());
    }

    /** Why the connection failed, as ocpp-rpc reports it (the HTTP status text, e.g. "Unauthorized"). */
    public String connectFailure() {
        return connection.path("message").asText();
    }

    public Answer call(String action, Object params) {
        int id = ids.incrementAndGet();
        ObjectNode command = JSON.createObjectNode().put("op", "call").put("id", id).put("action", action);
        command.set("params", JSON.valueToTree(params));
        send(command);
        JsonNode event = take(results, action + " answer");
        if (event.path("id").asInt() != id) {
            throw new IllegalStateException("answer out of order: " + event);
        }
        if ("error".equals(event.path("type").asText())) {
            return new Answer(null, event.path("code").asText(), event.path("message").asText());
        }
        return new Answer(event.path("payload"), null, null);
    }

    /** How the station answers the platform's {@code action} from now on. */
    public void answer(String action, Object params) {
        ObjectNode command = JSON.createObjectNode().put("op", "reply").put("id", 0).put("action", action);
        command.set("params", JSON.valueToTree(params));
        send(command);
        take(results, "reply registration");
    }

    /** The station answers the platform's {@code action} from now on with a CALLERROR of {@code errorCode}. */
    public void answerWithError(String action, String errorCode) {
        answer(action, java.util.Map.of("$callError", errorCode));
    }

    /** Waits for the platform to call {@code action} on this station and returns its payload. */
    public JsonNode awaitCall(String action) {
        JsonNode event = take(inbound, "inbound " + action);
        if (!action.equals(event.path("action").asText())) {
            throw new IllegalStateException("expected the platform to call " + action + ", got " + event);
        }
        return event.path("params");
    }

    /** The actions the platform called on this station that no {@link #awaitCall} has taken yet. */
    public List<String> pendingCalls() {
        return inbound.stream().map(event -> event.path("action").asText()).toList();
    }

    /** Waits for the platform to close the connection and returns the close code. */
    public int awaitClose() {
        JsonNode event = take(lifecycle, "close");
        return event.path("code").asInt();
    }

    public List<String> schemaFailures() {
        return List.copyOf(schemaFailures);
    }

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                send(JSON.createObjectNode().put("op", "close"));
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UncheckedIOException e) {
            // the process is gone already
        } finally {
            process.destroyForcibly();
        }
    }

    private void send(JsonNode command) {
        try {
            stdin.write(JSON.writeValueAsString(command));
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the scripted station has exited", e);
        }
    }

    private void readEvents() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                JsonNode event = JSON.readTree(line);
                switch (event.path("type").asText()) {
                    case "result", "error", "ok" -> results.add(event);
                    case "inbound" -> inbound.add(event);
                    case "strictValidationFailure", "badMessage" -> schemaFailures.add(event.toString());
                    default -> lifecycle.add(event);
                }
            }
        } catch (IOException e) {
            lifecycle.add(JSON.createObjectNode().put("type", "exited").put("message", e.getMessage()));
        }
        lifecycle.add(JSON.createObjectNode().put("type", "exited"));
    }

    private static JsonNode take(BlockingQueue<JsonNode> queue, String what) {
        try {
            JsonNode event = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new AssertionError("the scripted station saw no " + what + " within " + WAIT.toSeconds() + " s");
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what, e);
        }
    }
}
