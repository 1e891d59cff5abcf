package io.gridcharge.domain.firmware;

import io.gridcharge.domain.command.AwaitedReply;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.security.RecordReportedStatus;
import io.gridcharge.domain.security.ReportedStatus;
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
 * FirmwareStatusNotification. An OCPP 2.0.1 station answers with a status (L01): only one that took the update
 * (Accepted, or AcceptedCanceled: it cancelled the one under way for this one, L01.FR.24) has it REQUESTED;
 * a refusal (Rejected, InvalidCertificate, RevokedCertificate) is kept as the station's answer to that request
 * among its firmware reports, where its later progress reports would have been.
 */
public final class UpdateStationFirmware {
    /** OCPP 1.6 §5.19 leaves the protocol open; these are the ones stations implement. */
    private static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "ftps");
    /** OCPP 2.0.1 UpdateFirmwareStatusEnumType values by which the station takes the update. */
    private static final Set<String> TAKEN = Set.of("Accepted", "AcceptedCanceled");

    /**
     * What was sent and how the station answered: its status word (null from a 1.6 station, whose answer has
     * none) and, from a 2.0.1 station, the request id its progress reports carry.
     */
    public record Sent(StationCommand.UpdateFirmware command, String stationAnswer, Integer requestId) {
        public boolean taken() {
            return stationAnswer == null || TAKEN.contains(stationAnswer);
        }
    }

    private final FirmwareRepository images;
    private final StationRepository stations;
    private final StationCommands commands;
    private final TransferHistory history;
    private final RecordReportedStatus reports;
    private final PublicAddress address;
    private final Clock clock;

    public UpdateStationFirmware(FirmwareRepository images, StationRepository stations, StationCommands commands,
                                 TransferHistory history, RecordReportedStatus reports, PublicAddress address,
                                 Clock clock) {
        this.images = images;
        this.stations = stations;
        this.commands = commands;
        this.history = history;
        this.reports = reports;
        this.address = address;
        this.clock = clock;
    }

    /** Exactly one of {@code firmwareId} and {@code location}; {@code retrieveAt} null means now. */
    public Sent update(StationId station, FirmwareId firmwareId, String location, Instant retrieveAt,
                       Integer retries, Integer retryInterval) {
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
        CommandReply reply = AwaitedReply.of(commands.send(station, command));
        Sent sent = new Sent(command, reply.status(),
                reply.result() instanceof FirmwareRequest request ? request.requestId() : null);
        if (sent.taken()) {
            history.appendFirmware(new TransferStatusEntry<>(station, FirmwareStatus.REQUESTED, url, clock.instant()));
        } else {
            reports.record(station, ReportedStatus.Kind.SIGNED_FIRMWARE_UPDATE, sent.stationAnswer(), sent.requestId());
        }
        return sent;
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
