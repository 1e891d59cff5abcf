package io.gridcharge.domain.localauth;

import io.gridcharge.domain.command.AwaitedReply;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;

/** Asks a station for its local list version (OCPP 1.6 §5.10) and sets it beside the platform's belief. */
public final class CheckLocalListVersion {
    private final LocalListRepository lists;
    private final StationRepository stations;
    private final StationCommands commands;

    public CheckLocalListVersion(LocalListRepository lists, StationRepository stations, StationCommands commands) {
        this.lists = lists;
        this.stations = stations;
        this.commands = commands;
    }

    public LocalListVersionCheck check(StationId station) {
        if (stations.find(station).isEmpty()) {
            throw new NotFound("station", station);
        }
        CommandReply reply = AwaitedReply.of(commands.send(station, new StationCommand.GetLocalListVersion()));
        if (!(reply.result() instanceof LocalListVersion reported)) {
            throw new IllegalStateException("GetLocalListVersion was answered without a version");
        }
        Integer believed = lists.state(station).stationVersion();
        return new LocalListVersionCheck(reported.listVersion(), believed == null ? 0 : believed);
    }
}
