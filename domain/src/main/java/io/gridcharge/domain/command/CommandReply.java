package io.gridcharge.domain.command;

import java.util.List;

/**
 * A station's answer to a command: its status word as it said it ("Accepted", "Rejected", "Scheduled",
 * "Unlocked", ...) and, for GetConfiguration, the values it reported and the keys it did not know.
 */
public record CommandReply(String status, List<ConfigurationValue> configuration, List<String> unknownKeys) {
    public CommandReply {
        configuration = configuration == null ? List.of() : List.copyOf(configuration);
        unknownKeys = unknownKeys == null ? List.of() : List.copyOf(unknownKeys);
    }

    public static CommandReply of(String status) {
        return new CommandReply(status, List.of(), List.of());
    }

    public record ConfigurationValue(String key, boolean readonly, String value) {
    }
}
