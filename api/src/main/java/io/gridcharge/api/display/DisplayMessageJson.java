package io.gridcharge.api.display;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.display.DisplayMessage;
import io.gridcharge.domain.display.StationDisplayMessage;
import java.time.Instant;
import java.util.List;

/** The JSON of the display message endpoints, named as OCPP 2.0.1's MessageInfoType. */
final class DisplayMessageJson {
    private DisplayMessageJson() {
    }

    record Content(String format, String language, String content) {
    }

    record SetRequest(Integer id, String priority, String state, Instant startDateTime, Instant endDateTime,
                      String transactionId, Content message) {
    }

    record GetRequest(Integer requestId, List<Integer> id, String priority, String state) {
    }

    record ClearRequest(Integer id) {
    }

    record StatusView(String status) {
    }

    /** {@code source}: Set (accepted from the platform) or Reported (in NotifyDisplayMessages). */
    record MessageView(int id, String priority, String state, Instant startDateTime, Instant endDateTime,
                       String transactionId, Content message, String source, Instant knownAt) {
        static MessageView of(StationDisplayMessage known) {
            DisplayMessage m = known.message();
            return new MessageView(m.id(), Vocabulary.MESSAGE_PRIORITY.name(m.priority()),
                    Vocabulary.MESSAGE_STATE.name(m.state()), m.startAt(), m.endAt(), m.transactionId(),
                    new Content(Vocabulary.MESSAGE_FORMAT.name(m.format()), m.language(), m.content()),
                    known.source() == StationDisplayMessage.Source.SET ? "Set" : "Reported", known.knownAt());
        }
    }
}
