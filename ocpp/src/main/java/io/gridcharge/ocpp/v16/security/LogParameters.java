package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/** OCPP 1.6 Security Whitepaper (edition 3), LogParametersType: where to upload the log and which period it covers. */
public record LogParameters(String remoteLocation, Instant oldestTimestamp, Instant latestTimestamp) {
    public LogParameters {
        Require.present(remoteLocation, "remoteLocation");
        Require.maxLength(remoteLocation, 512, "remoteLocation");
    }
}
