package io.gridcharge.domain.display;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * OCPP 2.0.1 O block: set, ask for and clear the messages stations show, and keep per station what each holds.
 * A message the station accepted (O01, O02; O06 replaces the one of the same id) or reported (O03/O04
 * NotifyDisplayMessages) is kept; any other answer (Rejected, NotSupportedPriority, UnknownTransaction ...) is the
 * outcome of the command and keeps nothing. What the station says it does not hold is forgotten: a message it
 * cleared or answered Unknown to clear (O05), those a GetDisplayMessages it answered Unknown would have matched
 * (O04), those of a transaction that ended (O02) and those past their endDateTime (O01.FR.05: the station removes
 * them). A station reports only what the platform set on it (O03: messages in its firmware are not OCPP's), so
 * what is kept is what the operator can manage.
 */
public final class DisplayMessages {
    private static final String ACCEPTED = "Accepted";
    private static final String UNKNOWN = "Unknown";

    private final DisplayMessageRepository messages;
    private final StationCommands commands;
    private final Clock clock;

    public DisplayMessages(DisplayMessageRepository messages, StationCommands commands, Clock clock) {
        this.messages = messages;
        this.commands = commands;
        this.clock = clock;
    }

    public CompletableFuture<CommandReply> set(StationId station, DisplayMessage message) {
        return commands.send(station, new StationCommand.SetDisplayMessage(message)).thenApply(reply -> {
            if (ACCEPTED.equals(reply.status())) {
                messages.save(List.of(new StationDisplayMessage(station, message, StationDisplayMessage.Source.SET,
                        clock.instant())));
            }
            return reply;
        });
    }

    /**
     * The station answers Accepted or Unknown at once; the messages follow in NotifyDisplayMessages. Unknown: it
     * holds none that match, so none of those kept that match is held any more.
     */
    public CompletableFuture<CommandReply> ask(StationId station, StationCommand.GetDisplayMessages get) {
        return commands.send(station, get).thenApply(reply -> {
            if (UNKNOWN.equals(reply.status())) {
                messages.of(station).stream().map(StationDisplayMessage::message).filter(m -> matches(get, m))
                        .forEach(m -> messages.remove(station, m.id()));
            }
            return reply;
        });
    }

    /** O05: cleared (Accepted), or not held at all (Unknown); either way the station no longer holds it. */
    public CompletableFuture<CommandReply> clear(StationId station, int messageId) {
        return commands.send(station, new StationCommand.ClearDisplayMessage(messageId)).thenApply(reply -> {
            if (ACCEPTED.equals(reply.status()) || UNKNOWN.equals(reply.status())) {
                messages.remove(station, messageId);
            }
            return reply;
        });
    }

    /** O02: the station drops the messages of a transaction once the transaction has ended. */
    public void transactionEnded(StationId station, String stationTransactionId) {
        messages.removeOfTransaction(station, stationTransactionId);
    }

    /** O03/O04: a part of the station's answer to GetDisplayMessages. */
    public void reported(StationId station, List<DisplayMessage> reported) {
        Instant now = clock.instant();
        messages.save(reported.stream()
                .map(m -> new StationDisplayMessage(station, m, StationDisplayMessage.Source.REPORTED, now))
                .toList());
    }

    /** By message id; those whose endDateTime has passed are gone from the station (O01.FR.05). */
    public List<StationDisplayMessage> of(StationId station) {
        Instant now = clock.instant();
        return messages.of(station).stream()
                .filter(m -> m.message().endAt() == null || m.message().endAt().isAfter(now)).toList();
    }

    /** O04: a message matches every criterion given (ids, priority, state); none given matches all. */
    static boolean matches(StationCommand.GetDisplayMessages get, DisplayMessage message) {
        return (get.ids().isEmpty() || get.ids().contains(message.id()))
                && (get.priority() == null || get.priority() == message.priority())
                && (get.state() == null || get.state() == message.state());
    }
}
