package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetMonitoringBaseRequest (functional block N Diagnostics, use case N03): the CSMS activates a
 * predefined set of monitors.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetMonitoringBaseRequest(
        MonitoringBaseEnumType monitoringBase,
        CustomDataType customData) implements OcppRequest<SetMonitoringBaseResponse> {

    public SetMonitoringBaseRequest {
        Require.present(monitoringBase, "monitoringBase");
    }

    /** The required fields only. */
    public static SetMonitoringBaseRequest of(MonitoringBaseEnumType monitoringBase) {
        return new SetMonitoringBaseRequest(monitoringBase, null);
    }
}
