package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ClearMonitoringResultType: the outcome of clearing one variable monitor (N06).
 *
 * @param id Id of the monitor of which a clear was requested.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ClearMonitoringResultType(
        ClearMonitoringStatusEnumType status,
        Integer id,
        StatusInfoType statusInfo,
        CustomDataType customData) {

    public ClearMonitoringResultType {
        Require.present(status, "status");
        Require.present(id, "id");
    }

    /** The required fields only. */
    public static ClearMonitoringResultType of(ClearMonitoringStatusEnumType status, Integer id) {
        return new ClearMonitoringResultType(status, id, null, null);
    }
}
