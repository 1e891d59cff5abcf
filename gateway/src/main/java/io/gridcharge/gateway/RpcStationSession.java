package io.gridcharge.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.ActionDefinition;
import io.gridcharge.ocpp.Role;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.rpc.CallHandler;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link StationSession} over the OCPP-J RPC of the {@code ocpp} module, for any version: the version
 * brings its catalog, the handler of the station's calls and the translator of the platform's commands.
 * Every frame is journaled, every handled call timed.
 */
public final class RpcStationSession implements StationSession {
    /** Commands waiting behind the outstanding one; more fail at once rather than pile up. */
    static final int MAX_QUEUED_COMMANDS = 32;

    private final StationLink link;
    private final ActionCatalog catalog;
    private final CommandTranslator commands;
    private final RpcSession rpc;

    public RpcStationSession(StationLink link, ActionCatalog catalog, CallHandler calls, CommandTranslator commands) {
        this.link = link;
        this.catalog = catalog;
        this.commands = commands;
        this.rpc = RpcSession.builder(catalog, Role.CSMS)
                .stationId(link.stationId().value())
                .frameSink(link::send)
                .frameListener(new FrameJournal(link, catalog.version()))
                .callHandler((action, request) -> link.timeHandler(action, () -> calls.handle(action, request)))
                .callTimeout(link.callTimeout(), link.scheduler())
                .maxQueuedCalls(MAX_QUEUED_COMMANDS)
                .build();
    }

    @Override
    public void onText(String frame) {
        rpc.onText(frame);
    }

    @Override
    public CompletableFuture<CommandReply> send(StationCommand command) {
        String action = commands.action(command);
        CompletableFuture<CommandReply> reply;
        try {
            reply = commands.send(rpc, command);
        } catch (PayloadViolation violation) {
            throw CommandFailures.invalid(violation);
        }
        return translated(reply, action);
    }

    @Override
    public CompletableFuture<String> sendRaw(String action, String payloadJson) {
        ObjectNode payload = parse(payloadJson);
        Optional<ActionDefinition> definition = catalog.find(action);
        if (definition.isEmpty()) {
            return CompletableFuture.failedFuture(new CommandFailure.Unsupported(
                    "OCPP " + catalog.version().subprotocol() + " has no action " + action));
        }
        if (!definition.get().direction().isSentBy(Role.CSMS)) {
            return CompletableFuture.failedFuture(new CommandFailure.Unsupported(
                    action + " is sent by stations, not to them"));
        }
        CompletableFuture<JsonNode> answer;
        try {
            answer = commands.sendRaw(rpc, action, payload);
        } catch (PayloadViolation violation) {
            throw CommandFailures.invalid(violation);
        }
        return translated(answer.thenApply(JsonNode::toString), action);
    }

    @Override
    public void close() {
        rpc.close();
    }

    private <T> CompletableFuture<T> translated(CompletableFuture<T> future, String action) {
        CompletableFuture<T> result = new CompletableFuture<>();
        future.whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(CommandFailures.translate(failure, link.stationId(), action,
                        catalog.version()));
            }
        });
        return result;
    }

    private static ObjectNode parse(String payloadJson) {
        if (payloadJson == null) {
            throw new InvalidInput("payload", "is required");
        }
        JsonNode node;
        try {
            node = OcppJson.mapper().readTree(payloadJson);
        } catch (JsonProcessingException e) {
            throw new InvalidInput("payload", "is not valid JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidInput("payload", "must be a JSON object");
        }
        return object;
    }
}
