package io.gridcharge.domain.reservation;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.command.AwaitedReply;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * An operator reserves a connector (0: any connector) of a station for a driver's token until a given time
 * (OCPP 1.6 §5.13). The station decides: only its Accepted makes the reservation active; a Faulted, Occupied,
 * Rejected or Unavailable answer is kept as a rejected request with that answer. A station that is not
 * connected, does not answer or answers with a CALLERROR leaves nothing behind (the {@code CommandFailure}
 * is thrown as it is).
 */
public final class ReserveConnector {
    static final String ACCEPTED = "Accepted";

    private final ReservationRepository reservations;
    private final StationRepository stations;
    private final StationCommands commands;
    private final Clock clock;

    public ReserveConnector(ReservationRepository reservations, StationRepository stations, StationCommands commands,
                            Clock clock) {
        this.reservations = reservations;
        this.stations = stations;
        this.commands = commands;
        this.clock = clock;
    }

    public Reservation reserve(StationId stationId, int connectorId, IdToken idToken, IdToken parentIdToken,
                               Instant expiresAt) {
        return reserve(stationId, connectorId, null, idToken, parentIdToken, expiresAt);
    }

    /**
     * As {@link #reserve(StationId, int, IdToken, IdToken, Instant)}, holding an EVSE with a connector of the given
     * type (OCPP 2.0.1 ConnectorEnumType; null: any type). A 1.6 station cannot be asked for a type: the command
     * fails as unsupported and nothing is kept.
     */
    public Reservation reserve(StationId stationId, int connectorId, String connectorType, IdToken idToken,
                               IdToken parentIdToken, Instant expiresAt) {
        Reservation.requireKnownConnectorType(connectorType); // before the station is asked
        stations.find(stationId).orElseThrow(() -> new NotFound("station", stationId));
        Instant now = clock.instant();
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            throw new InvalidInput("expiresAt", "must be in the future");
        }
        int id = reservations.nextId();
        StationCommand.ReserveNow command = new StationCommand.ReserveNow(id, connectorId, idToken, parentIdToken,
                expiresAt, connectorType);
        CommandReply reply = AwaitedReply.of(commands.send(stationId, command));
        ReservationStatus status = ACCEPTED.equals(reply.status()) ? ReservationStatus.ACTIVE
                : ReservationStatus.REJECTED;
        Reservation reservation = new Reservation(id, stationId, connectorId, idToken, parentIdToken, expiresAt,
                status, reply.status(), null, now, connectorType);
        reservations.insert(reservation);
        return reservation;
    }
}
