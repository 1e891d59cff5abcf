package io.gridcharge.api.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gridcharge.domain.command.CommandReply;
import java.util.List;

/** A station's answer as it gave it ("Accepted", "Rejected", ...); the lists only for GetConfiguration. */
public record CommandReplyView(String status,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ConfigurationValueView> configuration,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> unknownKeys) {

    public record ConfigurationValueView(String key, boolean readonly, String value) {
    }

    static CommandReplyView of(CommandReply reply) {
        return new CommandReplyView(reply.status(),
                reply.configuration().stream()
                        .map(c -> new ConfigurationValueView(c.key(), c.readonly(), c.value())).toList(),
                reply.unknownKeys());
    }
}
