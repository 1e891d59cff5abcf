package io.gridcharge.domain.command;

import java.util.List;

/**
 * A station's answer to a command: its status word as it said it ("Accepted", "Rejected", "Scheduled",
 * "Unlocked", ...); for GetConfiguration, the values it reported and the keys it did not know; and for commands
 * whose answer carries data of its own (a composite schedule, a list version, a file name), that data as a
 * {@link CommandResult} of the command's context.
 */
public record CommandReply(String status, List<ConfigurationValue> configuration, List<String> unknownKeys,
                           CommandResult result) {
    public CommandReply {
        configuration = configuration == null ? List.of() : List.copyOf(configuration);
        unknownKeys = unknownKeys == null ? List.of() : List.copyOf(unknownKeys);
    }

    public CommandReply(String status, List<ConfigurationValue> configuration, List<String> unknownKeys) {
        this(status, configuration, unknownKeys, null);
    }

    public static CommandReply of(String status) {
        return new CommandReply(status, List.of(), List.of(), null);
    }

    public static CommandReply of(String status, CommandResult result) {
        return new CommandReply(status, List.of(), List.of(), result);
    }

    public record ConfigurationValue(String key, boolean readonly, String value) {
    }
}
