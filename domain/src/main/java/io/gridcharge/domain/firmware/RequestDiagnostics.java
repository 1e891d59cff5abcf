package io.gridcharge.domain.firmware;

import io.gridcharge.domain.command.AwaitedReply;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Asks a station for its diagnostics (OCPP 1.6 §5.9) and hands it a location on the platform itself: an
 * upload URL with a random single-use token, open for {@link #UPLOAD_WINDOW}. The station's answer names the
 * file it will upload, if it has one. The slot is opened before the request goes out (a quick station may
 * upload at once) and discarded when the request does not reach the station.
 */
public final class RequestDiagnostics {
    /** Long enough for a station's retries; a slot nobody used closes by itself. */
    public static final Duration UPLOAD_WINDOW = Duration.ofHours(24);

    private final DiagnosticsRepository uploads;
    private final StationRepository stations;
    private final StationCommands commands;
    private final TransferHistory history;
    private final PublicAddress address;
    private final Clock clock;

    public RequestDiagnostics(DiagnosticsRepository uploads, StationRepository stations, StationCommands commands,
                              TransferHistory history, PublicAddress address, Clock clock) {
        this.uploads = uploads;
        this.stations = stations;
        this.commands = commands;
        this.history = history;
        this.address = address;
        this.clock = clock;
    }

    /** The upload slot as it stands after the station answered. */
    public DiagnosticsUpload request(StationId station, Instant startTime, Instant stopTime, Integer retries,
                                     Integer retryInterval) {
        if (stations.find(station).isEmpty()) {
            throw new NotFound("station", station);
        }
        String token = Unguessable.next();
        String location = address.diagnosticsUploadUrl(token);
        var command = new StationCommand.GetDiagnostics(location, startTime, stopTime, retries, retryInterval);
        Instant now = clock.instant();
        long id = uploads.open(station, Sha256.of(token), now, now.plus(UPLOAD_WINDOW));
        CommandReply reply;
        try {
            reply = AwaitedReply.of(commands.send(station, command));
        } catch (RuntimeException notAsked) {
            uploads.discard(id);
            throw notAsked;
        }
        String fileName = reply.result() instanceof DiagnosticsFile file ? file.fileName() : null;
        if (fileName != null) {
            uploads.announce(id, fileName);
        }
        history.appendDiagnostics(new TransferStatusEntry<>(station, DiagnosticsStatus.REQUESTED,
                fileName == null ? "the station named no file" : fileName, clock.instant()));
        return uploads.find(station, id).orElseThrow();
    }
}
