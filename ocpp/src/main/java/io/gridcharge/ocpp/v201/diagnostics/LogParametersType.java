package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 2.0.1 LogParametersType: log Generic class for the configuration of logging entries.
 *
 * @param remoteLocation The URL of the location at the remote system where the log should be stored.
 * @param oldestTimestamp This contains the date and time of the oldest logging information to include in the
 * diagnostics.
 * @param latestTimestamp This contains the date and time of the latest logging information to include in the
 * diagnostics.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record LogParametersType(
        String remoteLocation,
        Instant oldestTimestamp,
        Instant latestTimestamp,
        CustomDataType customData) {

    public LogParametersType {
        Require.present(remoteLocation, "remoteLocation");
        Require.maxLength(remoteLocation, 512, "remoteLocation");
    }

    /** The required fields only. */
    public static LogParametersType of(String remoteLocation) {
        return new LogParametersType(remoteLocation, null, null, null);
    }
}
