package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetMonitoringLevelRequest (functional block N Diagnostics, use case N05): the CSMS sets the
 * severity from which monitor events are reported.
 *
 * @param severity The Charging Station SHALL only report events with a severity number lower than or equal to
 * this severity.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetMonitoringLevelRequest(
        Integer severity,
        CustomDataType customData) implements OcppRequest<SetMonitoringLevelResponse> {

    public SetMonitoringLevelRequest {
        Require.present(severity, "severity");
        // Not in the schema; the spec's field description: "The severity range is 0-9, with 0 as the
        // highest and 9 as the lowest severity level."
        Require.atLeast(severity, 0, "severity");
        Require.atMost(severity, 9, "severity");
    }

    /** The required fields only. */
    public static SetMonitoringLevelRequest of(Integer severity) {
        return new SetMonitoringLevelRequest(severity, null);
    }
}
