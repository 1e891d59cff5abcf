package io.gridcharge.domain.reservation;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A connector held for a driver (OCPP 1.6 §3.11, §5.13). Connector 0 holds any one connector of the station.
 * {@code id} is the platform's number, sent as ReserveNow.reservationId and named again by the station in
 * StartTransaction; {@code stationAnswer} is the station's ReserveNow.conf status as it said it;
 * {@code transactionId} is the transaction that used the reservation. {@code connectorType} (OCPP 2.0.1
 * ConnectorEnumType, H01 scenario 3) holds any EVSE with a connector of that type (or the one given, when an EVSE
 * is named too); null when the reservation names none.
 */
public record Reservation(int id, StationId stationId, int connectorId, IdToken idToken, IdToken parentIdToken,
                          Instant expiresAt, ReservationStatus status, String stationAnswer, Long transactionId,
                          Instant createdAt, String connectorType) {
    /** The connector types OCPP 2.0.1 names (ConnectorEnumType), as they are spelt on the wire. */
    public static final Set<String> CONNECTOR_TYPES = Set.of("cCCS1", "cCCS2", "cG105", "cTesla", "cType1", "cType2",
            "s309-1P-16A", "s309-1P-32A", "s309-3P-16A", "s309-3P-32A", "sBS1361", "sCEE-7-7", "sType2", "sType3",
            "Other1PhMax16A", "Other1PhOver16A", "Other3Ph", "Pan", "wInductive", "wResonant", "Undetermined",
            "Unknown");

    /** A reservation of a connector (0: any), whatever its type. */
    public Reservation(int id, StationId stationId, int connectorId, IdToken idToken, IdToken parentIdToken,
                       Instant expiresAt, ReservationStatus status, String stationAnswer, Long transactionId,
                       Instant createdAt) {
        this(id, stationId, connectorId, idToken, parentIdToken, expiresAt, status, stationAnswer, transactionId,
                createdAt, null);
    }

    public Reservation {
        requireKnownConnectorType(connectorType);
        Require.present(stationId, "stationId");
        Require.present(idToken, "idToken");
        Require.present(expiresAt, "expiresAt");
        Require.present(status, "status");
        Require.present(createdAt, "createdAt");
        if (connectorId < 0) {
            throw new InvalidInput("connectorId", "must not be negative");
        }
    }

    /** A connector type OCPP 2.0.1 names, or none (null); anything else is invalid input. */
    static void requireKnownConnectorType(String connectorType) {
        if (connectorType != null && !CONNECTOR_TYPES.contains(connectorType)) {
            throw new InvalidInput("connectorType", "must be one of " + new java.util.TreeSet<>(CONNECTOR_TYPES));
        }
    }

    /** The reservation as it stands at {@code now}: an active one past its expiry is expired (§5.13). */
    public Reservation at(Instant now) {
        return isExpiredAt(now) ? withStatus(ReservationStatus.EXPIRED) : this;
    }

    public boolean isActiveAt(Instant now) {
        return status == ReservationStatus.ACTIVE && now.isBefore(expiresAt);
    }

    private boolean isExpiredAt(Instant now) {
        return status == ReservationStatus.ACTIVE && !now.isBefore(expiresAt);
    }

    /** Whether a transaction on {@code connector} may be the one this reservation was for. */
    public boolean covers(int connector) {
        return connectorId == 0 || connectorId == connector;
    }

    /**
     * OCPP 1.6 §5.13: a reservation is for an incoming idTag when that idTag or its parent idTag matches the
     * reservation's idTag or parent idTag.
     */
    public boolean isFor(IdToken incoming, IdToken incomingParent) {
        return Stream.of(incoming, incomingParent).filter(Objects::nonNull)
                .anyMatch(token -> token.equals(idToken) || token.equals(parentIdToken));
    }

    Reservation withStatus(ReservationStatus newStatus) {
        return new Reservation(id, stationId, connectorId, idToken, parentIdToken, expiresAt, newStatus,
                stationAnswer, transactionId, createdAt, connectorType);
    }
}
