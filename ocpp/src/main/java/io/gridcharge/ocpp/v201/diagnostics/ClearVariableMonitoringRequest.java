package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 ClearVariableMonitoringRequest (functional block N Diagnostics, use case N06): the CSMS removes
 * variable monitors by id.
 *
 * @param id List of the monitors to be cleared, identified by there Id.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ClearVariableMonitoringRequest(
        List<Integer> id,
        CustomDataType customData) implements OcppRequest<ClearVariableMonitoringResponse> {

    public ClearVariableMonitoringRequest {
        Require.present(id, "id");
        id = Require.size(id, 1, Integer.MAX_VALUE, "id");
    }

    /** The required fields only. */
    public static ClearVariableMonitoringRequest of(List<Integer> id) {
        return new ClearVariableMonitoringRequest(id, null);
    }
}
