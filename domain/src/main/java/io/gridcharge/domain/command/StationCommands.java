package io.gridcharge.domain.command;

import io.gridcharge.domain.station.StationId;
import java.util.concurrent.CompletableFuture;

/**
 * Port: sends commands to connected stations (implemented by the gateway, which knows each station's
 * protocol). Futures fail with {@link CommandFailure} subtypes: not connected, no answer in time, or the
 * station answered with an error; a payload that breaks the protocol's rules fails synchronously with
 * {@link io.gridcharge.domain.shared.InvalidInput} and nothing is sent.
 */
public interface StationCommands {

    CompletableFuture<CommandReply> send(StationId station, StationCommand command);

    /** Sends an action by name with a JSON payload in the station's protocol version; answers the JSON reply. */
    CompletableFuture<String> sendRaw(StationId station, String action, String payloadJson);
}
