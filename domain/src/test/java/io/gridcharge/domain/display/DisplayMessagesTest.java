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
    private final Fakes.ManualClock clock = new Fakes.ManualClock(NOW);
    private final DisplayMessages messages = new DisplayMessages(repository, commands, clock);

    @Test
    void aMessageIsKeptOnlyWhenAcceptedAndTheRefusalIsTheOutcome() {
        commands.answer(StationCommand.SetDisplayMessage.class, CommandReply.of("UnknownTransaction"),
                CommandReply.of("NotSupportedPriority"), CommandReply.of("Rejected"), CommandReply.of("Accepted"));

        assertThat(messages.set(CP_1, message(1, "For TX-9")).join().status()).isEqualTo("UnknownTransaction");
        assertThat(messages.set(CP_1, message(2, "Loud")).join().status()).isEqualTo("NotSupportedPriority");
        assertThat(messages.set(CP_1, message(3, "No")).join().status()).isEqualTo("Rejected");
        assertThat(messages.of(CP_1)).isEmpty();
        messages.set(CP_1, message(4, "Welcome")).join();
        assertThat(messages.of(CP_1)).extracting(m -> m.message().content()).containsExactly("Welcome");
    }

    @Test
    void aMessageTheStationClearedOrDoesNotKnowIsForgottenAndARefusedClearKeepsIt() {
        commands.answer(StationCommand.SetDisplayMessage.class, CommandReply.of("Accepted"));
        commands.answer(StationCommand.ClearDisplayMessage.class, CommandReply.of("Rejected"),
                CommandReply.of("Unknown"), CommandReply.of("Accepted"));
        messages.set(CP_1, message(1, "One")).join();
        messages.set(CP_1, message(2, "Two")).join();

        messages.clear(CP_1, 1).join();
        assertThat(ids()).containsExactly(1, 2);
        messages.clear(CP_1, 1).join();
        assertThat(ids()).containsExactly(2);
        messages.clear(CP_1, 2).join();
        assertThat(ids()).isEmpty();
    }

    @Test
    void anUnknownAnswerToGetDisplayMessagesForgetsTheMessagesItWouldHaveMatched() {
        commands.answer(StationCommand.SetDisplayMessage.class, CommandReply.of("Accepted"));
        commands.answer(StationCommand.GetDisplayMessages.class, CommandReply.of("Accepted"),
                CommandReply.of("Unknown"), CommandReply.of("Unknown"), CommandReply.of("Unknown"));
        messages.set(CP_1, message(1, DisplayMessage.Priority.IN_FRONT, DisplayMessage.State.IDLE)).join();
        messages.set(CP_1, message(2, DisplayMessage.Priority.IN_FRONT, DisplayMessage.State.CHARGING)).join();
        messages.set(CP_1, message(3, DisplayMessage.Priority.NORMAL_CYCLE, DisplayMessage.State.IDLE)).join();
        messages.set(CP_1, message(4, DisplayMessage.Priority.NORMAL_CYCLE, null)).join();

        messages.ask(CP_1, new StationCommand.GetDisplayMessages(1, null, null, null)).join();
        assertThat(ids()).containsExactly(1, 2, 3, 4);
        messages.ask(CP_1, new StationCommand.GetDisplayMessages(2, List.of(9), null, null)).join();
        assertThat(ids()).containsExactly(1, 2, 3, 4);
        messages.ask(CP_1, new StationCommand.GetDisplayMessages(3, null, DisplayMessage.Priority.IN_FRONT,
                DisplayMessage.State.IDLE)).join();
        assertThat(ids()).containsExactly(2, 3, 4);
        messages.ask(CP_1, new StationCommand.GetDisplayMessages(4, null, null, null)).join();
        assertThat(ids()).isEmpty();
    }

    @Test
    void theMessagesOfATransactionAreForgottenWhenItEndsAndOthersStay() {
        commands.answer(StationCommand.SetDisplayMessage.class, CommandReply.of("Accepted"));
        messages.set(CP_1, forTransaction(1, "TX-9")).join();
        messages.set(CP_1, forTransaction(2, "TX-10")).join();
        messages.set(CP_1, message(3, "Welcome")).join();

        messages.transactionEnded(CP_1, "TX-9");

        assertThat(ids()).containsExactly(2, 3);
    }

    @Test
    void aMessagePastItsEndIsNoLongerHeldWhileOneYetToStartIs() {
        commands.answer(StationCommand.SetDisplayMessage.class, CommandReply.of("Accepted"));
        messages.set(CP_1, window(1, NOW.minusSeconds(3600), NOW.minusSeconds(1))).join();
        messages.set(CP_1, window(2, NOW.plusSeconds(3600), null)).join();
        messages.set(CP_1, window(3, null, NOW.plusSeconds(60))).join();

        assertThat(ids()).containsExactly(2, 3);
        clock.advance(java.time.Duration.ofSeconds(60));
        assertThat(ids()).containsExactly(2);
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

    private List<Integer> ids() {
        return messages.of(CP_1).stream().map(m -> m.message().id()).toList();
    }

    private static DisplayMessage message(int id, DisplayMessage.Priority priority, DisplayMessage.State state) {
        return new DisplayMessage(id, priority, state, null, null, null, DisplayMessage.Format.ASCII, null, "Hi");
    }

    private static DisplayMessage forTransaction(int id, String transactionId) {
        return new DisplayMessage(id, DisplayMessage.Priority.IN_FRONT, null, null, null, transactionId,
                DisplayMessage.Format.UTF8, "en", "Enjoy your charge");
    }

    private static DisplayMessage window(int id, Instant start, Instant end) {
        return new DisplayMessage(id, DisplayMessage.Priority.NORMAL_CYCLE, null, start, end, null,
                DisplayMessage.Format.UTF8, "de", "Heute 20% Rabatt");
    }

    private static DisplayMessage message(int id, String content) {
        return new DisplayMessage(id, DisplayMessage.Priority.NORMAL_CYCLE, null, null, null, null,
                DisplayMessage.Format.UTF8, "en", content);
    }
}
