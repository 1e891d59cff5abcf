package io.gridcharge.domain.command;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.util.List;

/** What the platform can ask of a station, whatever protocol version it speaks. */
public sealed interface StationCommand {

    /** Start charging for a token; connector null lets the station choose (OCPP 1.6 §5.11). */
    record RemoteStart(Integer connectorId, IdToken idToken) implements StationCommand {
        public RemoteStart {
            Require.present(idToken, "idToken");
            if (connectorId != null && connectorId < 1) {
                throw new InvalidInput("connectorId", "must be 1 or more");
            }
        }
    }

    /** Stop a transaction; 2.0.1 stations know it by their own id, 1.6 stations by the platform's. */
    record RemoteStop(long transactionId, String stationTransactionId) implements StationCommand {
    }

    enum ResetKind { HARD, SOFT }

    record Reset(ResetKind kind) implements StationCommand {
        public Reset {
            Require.present(kind, "type");
        }
    }

    record UnlockConnector(int connectorId) implements StationCommand {
        public UnlockConnector {
            if (connectorId < 1) {
                throw new InvalidInput("connectorId", "must be 1 or more");
            }
        }
    }

    /** Operative = usable; connector 0 means the whole station (OCPP 1.6 §5.2). */
    record ChangeAvailability(int connectorId, boolean operative) implements StationCommand {
        public ChangeAvailability {
            if (connectorId < 0) {
                throw new InvalidInput("connectorId", "must not be negative");
            }
        }
    }

    record ChangeConfiguration(String key, String value) implements StationCommand {
        public ChangeConfiguration {
            Require.text(key, 50, "key");
            Require.present(value, "value");
            Require.maxLength(value, 500, "value");
        }
    }

    /** Empty keys ask for the whole configuration. */
    record GetConfiguration(List<String> keys) implements StationCommand {
        public GetConfiguration {
            keys = keys == null ? List.of() : List.copyOf(keys);
        }
    }

    record ClearCache() implements StationCommand {
    }
}
