package io.gridcharge.domain.station;

import io.gridcharge.domain.shared.Require;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A charging station as the platform knows it: who it is, how it authenticates (the hash of its Basic
 * Auth password, OCPP 1.6 Security Profile 1), whether it is let in, what it said at its last boot and
 * its connectors' last reported states. Whether it is connected right now is presence, not state: see
 * {@link StationPresence}.
 */
public record Station(StationId id, String name, String passwordHash, RegistrationStatus registration,
                      String protocol, BootInfo boot, Instant lastBootAt, Instant lastSeen,
                      List<Connector> connectors, Instant createdAt) {
    public Station {
        Require.present(id, "id");
        Require.maxLength(name, 100, "name");
        Require.present(registration, "registration");
        Require.present(createdAt, "createdAt");
        connectors = connectors == null ? List.of()
                : connectors.stream().sorted(Comparator.comparingInt(Connector::connectorId)).toList();
    }

    public static Station registered(StationId id, String name, String passwordHash,
                                     RegistrationStatus registration, Instant at) {
        return new Station(id, name, passwordHash, registration, null, null, null, null, List.of(), at);
    }

    public Optional<Connector> connector(int connectorId) {
        return connectors.stream().filter(c -> c.connectorId() == connectorId).findFirst();
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }
}
