package io.gridcharge.domain.testing;

import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.station.StationId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the gateway in domain tests: records the commands sent and answers as the test scripted. */
public final class ScriptedStationCommands implements StationCommands {
    public record Sent(StationId station, StationCommand command) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile CommandReply reply = CommandReply.of("Accepted");
    private volatile CommandFailure failure;

    public ScriptedStationCommands answer(String status) {
        this.reply = CommandReply.of(status);
        this.failure = null;
        return this;
    }

    /** The command is sent and its answer fails: not connected, no answer, CALLERROR. */
    public ScriptedStationCommands failWith(CommandFailure failure) {
        this.failure = failure;
        return this;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    @Override
    public CompletableFuture<CommandReply> send(StationId station, StationCommand command) {
        sent.add(new Sent(station, command));
        return failure != null ? CompletableFuture.failedFuture(failure) : CompletableFuture.completedFuture(reply);
    }

    @Override
    public CompletableFuture<String> sendRaw(StationId station, String action, String payloadJson) {
        return failure != null ? CompletableFuture.failedFuture(failure) : CompletableFuture.completedFuture("{}");
    }
}
