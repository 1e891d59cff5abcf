package io.gridcharge.domain.energy;

import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.station.StationId;
import java.util.concurrent.CompletableFuture;

/**
 * Asks a station to clear charging profiles (OCPP 1.6 §5.5) and, when it answers Accepted, forgets those the
 * criteria match. "Unknown" (nothing matched on the station) changes nothing the platform holds.
 */
public final class ClearChargingProfiles {
    private final StationCommands commands;
    private final InstalledProfiles installed;

    public ClearChargingProfiles(StationCommands commands, InstalledProfiles installed) {
        this.commands = commands;
        this.installed = installed;
    }

    public CompletableFuture<CommandReply> clear(StationId stationId, ClearCriteria criteria) {
        return commands.send(stationId, new StationCommand.ClearChargingProfile(criteria)).thenApply(reply -> {
            if (InstallChargingProfile.ACCEPTED.equals(reply.status())) {
                installed.change(stationId, held -> held.clear(criteria));
            }
            return reply;
        });
    }
}
