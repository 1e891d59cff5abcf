package io.gridcharge.domain.station;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.time.Instant;

/**
 * The last reported state of one connector. Connector 0 stands for the whole station (OCPP 1.6 §4.9).
 * {@code errorCode} is the station's error code ("NoError" when fine), {@code info} and
 * {@code vendorErrorCode} its free text.
 */
public record Connector(int connectorId, ConnectorStatus status, String errorCode, String info,
                        String vendorErrorCode, Instant reportedAt) {
    public Connector {
        if (connectorId < 0) {
            throw new InvalidInput("connectorId", "must not be negative");
        }
        Require.present(status, "status");
        Require.present(reportedAt, "reportedAt");
    }
}
