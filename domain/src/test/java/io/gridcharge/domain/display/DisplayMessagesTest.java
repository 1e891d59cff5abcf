package io.gridcharge.domain.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryDisplayMessages;
import io.gridcharge.domain.testing.ScriptedStationCommands;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** O block: what the platform keeps of the messages each station holds. */
class DisplayMessagesTest {
    private static final StationId CP_1 = StationId.of("CP-1");
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private final InMemoryDisplayMessages repository = new InMemoryDisplayMessages();
    private final ScriptedStationCommands commands = new ScriptedStationCommands();
    private final DisplayMessages messages = new DisplayMessages(repository, commands, new Fakes.ManualClock(NOW));

    @Test
    void aMessageIsKeptWhenAcceptedAndForgottenWhenCleared() {
        commands.answer(StationCommand.SetDisplayMessage.class, CommandReply.of("UnknownTransaction"),
                CommandReply.of("Accepted"));
        commands.answer(StationCommand.ClearDisplayMessage.class, CommandReply.of("Unknown"), CommandReply.of("Accepted"));

        messages.set(CP_1, message(1, "For TX-9")).join();
        assertThat(messages.of(CP_1)).isEmpty();
        messages.set(CP_1, message(2, "Welcome")).join();
        messages.clear(CP_1, 2).join();
        assertThat(messages.of(CP_1)).extracting(m -> m.message().content()).containsExactly("Welcome");
        messages.clear(CP_1, 2).join();
        assertThat(messages.of(CP_1)).isEmpty();
    }

    @Test
    void aReportReplacesTheMessagesOfTheSameIdAndKeepsTheOthers() {
        commands.answer(StationCommand.SetDisplayMessage.class, CommandReply.of("Accepted"));
        messages.set(CP_1, message(1, "Old text")).join();
        messages.set(CP_1, message(5, "Untouched")).join();

        messages.reported(CP_1, List.of(message(1, "As the station has it"), message(3, "Another")));

        assertThat(messages.of(CP_1)).extracting(m -> m.message().id() + " " + m.source() + " " + m.message().content())
                .containsExactly("1 REPORTED As the station has it", "3 REPORTED Another", "5 SET Untouched");
    }

    @Test
    void aMessageWithoutTextOrEndingBeforeItStartsIsNotAMessage() {
        assertThatThrownBy(() -> message(1, ""))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("message.content"));
        assertThatThrownBy(() -> new DisplayMessage(1, DisplayMessage.Priority.IN_FRONT, null, NOW,
                NOW.minusSeconds(1), null, DisplayMessage.Format.UTF8, null, "Hi"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("endDateTime"));
    }

    private static DisplayMessage message(int id, String content) {
        return new DisplayMessage(id, DisplayMessage.Priority.NORMAL_CYCLE, null, null, null, null,
                DisplayMessage.Format.UTF8, "en", content);
    }
}
