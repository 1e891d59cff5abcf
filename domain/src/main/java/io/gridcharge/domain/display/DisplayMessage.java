package io.gridcharge.domain.display;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.time.Instant;

/**
 * A message an operator has a station show (OCPP 2.0.1 O01 MessageInfoType): its id on the station, how it is
 * shown (priority), in which state of the station (none: always), between when, for which transaction (the
 * station's id; none: any), and the text in its format and language.
 */
public record DisplayMessage(int id, Priority priority, State state, Instant startAt, Instant endAt,
                             String transactionId, Format format, String language, String content) {
    public enum Priority {
        /** Shown alone, in front of any other message, until it ends or is replaced. */
        ALWAYS_FRONT,
        /** Shown before the normal cycle. */
        IN_FRONT,
        NORMAL_CYCLE
    }

    public enum State { CHARGING, FAULTED, IDLE, UNAVAILABLE }

    public enum Format { ASCII, HTML, URI, UTF8 }

    /** OCPP 2.0.1 schema: MessageContentType content 512, language 8, transactionId 36. */
    public DisplayMessage {
        if (id < 0) {
            throw new InvalidInput("id", "must not be negative");
        }
        Require.present(priority, "priority");
        Require.present(format, "message.format");
        Require.text(content, 512, "message.content");
        Require.maxLength(language, 8, "message.language");
        Require.maxLength(transactionId, 36, "transactionId");
        if (startAt != null && endAt != null && endAt.isBefore(startAt)) {
            throw new InvalidInput("endDateTime", "must not be before startDateTime");
        }
    }
}
