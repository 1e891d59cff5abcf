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
 * A message the station accepted (O01) or reported (O03/O04 NotifyDisplayMessages) is kept; one it cleared (O05)
 * is forgotten. A station reports only what the platform set on it (O03: messages in its firmware are not
 * OCPP's), so what is kept is what the operator can manage.
 */
public final class DisplayMessages {
    private static final String ACCEPTED = "Accepted";

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

    /** The station answers Accepted or Unknown at once; the messages follow in NotifyDisplayMessages. */
    public CompletableFuture<CommandReply> ask(StationId station, StationCommand.GetDisplayMessages get) {
        return commands.send(station, get);
    }

    public CompletableFuture<CommandReply> clear(StationId station, int messageId) {
        return commands.send(station, new StationCommand.ClearDisplayMessage(messageId)).thenApply(reply -> {
            if (ACCEPTED.equals(reply.status())) {
                messages.remove(station, messageId);
            }
            return reply;
        });
    }

    /** O03/O04: a part of the station's answer to GetDisplayMessages. */
    public void reported(StationId station, List<DisplayMessage> reported) {
        Instant now = clock.instant();
        messages.save(reported.stream()
                .map(m -> new StationDisplayMessage(station, m, StationDisplayMessage.Source.REPORTED, now))
                .toList());
    }

    public List<StationDisplayMessage> of(StationId station) {
        return messages.of(station);
    }
}
