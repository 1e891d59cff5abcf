package io.gridcharge.domain.energy;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.station.StationId;
import java.util.concurrent.CompletableFuture;

/**
 * A remote start that carries a TxProfile (OCPP 1.6 §5.11, §3.13.1): when the station accepts and the
 * connector was named, the platform records the profile on that connector, without a transaction id until
 * the transaction ends it. Without a connector the station picks one, and the platform cannot know which.
 */
public final class RemoteStartWithProfile {
    private final StationCommands commands;
    private final InstalledProfiles installed;

    public RemoteStartWithProfile(StationCommands commands, InstalledProfiles installed) {
        this.commands = commands;
        this.installed = installed;
    }

    public CompletableFuture<CommandReply> start(StationId stationId, StationCommand.RemoteStart start) {
        return commands.send(stationId, start).thenApply(reply -> {
            if (start.chargingProfile() != null && start.connectorId() != null
                    && InstallChargingProfile.ACCEPTED.equals(reply.status())) {
                installed.change(stationId, held -> held.install(
                        new InstalledChargingProfile(start.connectorId(), start.chargingProfile())));
            }
            return reply;
        });
    }
}
