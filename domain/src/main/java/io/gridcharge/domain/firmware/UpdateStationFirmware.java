package io.gridcharge.domain.firmware;

import io.gridcharge.domain.command.AwaitedReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a station to download and install firmware (OCPP 1.6 §5.19): an image the platform hosts, at its
 * download URL, or firmware elsewhere at a location the operator gives. UpdateFirmware.conf has no status,
 * so the request is recorded as REQUESTED once the station answered; its progress follows in
 * FirmwareStatusNotification.
 */
public final class UpdateStationFirmware {
    /** OCPP 1.6 §5.19 leaves the protocol open; these are the ones stations implement. */
    private static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "ftps");

    private final FirmwareRepository images;
    private final StationRepository stations;
    private final StationCommands commands;
    private final TransferHistory history;
    private final PublicAddress address;
    private final Clock clock;

    public UpdateStationFirmware(FirmwareRepository images, StationRepository stations, StationCommands commands,
                                 TransferHistory history, PublicAddress address, Clock clock) {
        this.images = images;
        this.stations = stations;
        this.commands = commands;
        this.history = history;
        this.address = address;
        this.clock = clock;
    }

    /** Exactly one of {@code firmwareId} and {@code location}; {@code retrieveAt} null means now. */
    public StationCommand.UpdateFirmware update(StationId station, FirmwareId firmwareId, String location,
                                                Instant retrieveAt, Integer retries, Integer retryInterval) {
        if ((firmwareId == null) == (location == null)) {
            throw new InvalidInput("firmwareId", "give either firmwareId or location");
        }
        if (stations.find(station).isEmpty()) {
            throw new NotFound("station", station);
        }
        String url = firmwareId != null
                ? address.firmwareUrl(images.find(firmwareId).orElseThrow(() -> new NotFound("firmware", firmwareId)))
                : checkedLocation(location);
        var command = new StationCommand.UpdateFirmware(url, retrieveAt == null ? clock.instant() : retrieveAt,
                retries, retryInterval);
        AwaitedReply.of(commands.send(station, command));
        history.appendFirmware(new TransferStatusEntry<>(station, FirmwareStatus.REQUESTED, url, clock.instant()));
        return command;
    }

    static String checkedLocation(String location) {
        try {
            URI uri = new URI(location);
            if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw new InvalidInput("location", "must be an http, https, ftp or ftps URL");
            }
            return location;
        } catch (URISyntaxException e) {
            throw new InvalidInput("location", "is not a URL: " + e.getReason());
        }
    }
}
