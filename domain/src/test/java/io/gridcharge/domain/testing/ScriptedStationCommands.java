package io.gridcharge.domain.testing;

import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.station.StationId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for the gateway in domain tests: records the commands sent and answers as the test scripted. */
public final class ScriptedStationCommands implements StationCommands {
    public record Sent(StationId station, StationCommand command) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile CommandReply reply = CommandReply.of("Accepted");
    private volatile CommandFailure failure;
    private final Map<Class<?>, Deque<CommandReply>> repliesByType = new ConcurrentHashMap<>();
    private final Map<Class<?>, CommandFailure> failuresByType = new ConcurrentHashMap<>();

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

    /** Commands of {@code type} get these replies in turn, the last one from then on; other commands as before. */
    public ScriptedStationCommands answer(Class<? extends StationCommand> type, CommandReply... replies) {
        repliesByType.put(type, new ArrayDeque<>(List.of(replies)));
        return this;
    }

    /** Commands of {@code type} fail with {@code failure}; other commands as before. */
    public ScriptedStationCommands failWith(Class<? extends StationCommand> type, CommandFailure failure) {
        failuresByType.put(type, failure);
        return this;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The commands of one type sent so far, in order. */
    public <C extends StationCommand> List<C> sent(Class<C> type) {
        return sent.stream().map(Sent::command).filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public CompletableFuture<CommandReply> send(StationId station, StationCommand command) {
        sent.add(new Sent(station, command));
        CommandFailure typeFailure = failuresByType.get(command.getClass());
        if (failure != null || typeFailure != null) {
            return CompletableFuture.failedFuture(failure != null ? failure : typeFailure);
        }
        Deque<CommandReply> scripted = repliesByType.get(command.getClass());
        if (scripted != null && !scripted.isEmpty()) {
            synchronized (scripted) {
                return CompletableFuture.completedFuture(scripted.size() > 1 ? scripted.poll() : scripted.peek());
            }
        }
        return CompletableFuture.completedFuture(reply);
    }

    @Override
    public CompletableFuture<String> sendRaw(StationId station, String action, String payloadJson) {
        return failure != null ? CompletableFuture.failedFuture(failure) : CompletableFuture.completedFuture("{}");
    }
}
