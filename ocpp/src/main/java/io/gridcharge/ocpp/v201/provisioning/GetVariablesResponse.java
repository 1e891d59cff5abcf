package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 GetVariablesResponse: the answer to {@link GetVariablesRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetVariablesResponse(
        List<GetVariableResultType> getVariableResult,
        CustomDataType customData) implements OcppResponse {

    public GetVariablesResponse {
        Require.present(getVariableResult, "getVariableResult");
        getVariableResult = Require.size(getVariableResult, 1, Integer.MAX_VALUE, "getVariableResult");
    }

    /** The required fields only. */
    public static GetVariablesResponse of(List<GetVariableResultType> getVariableResult) {
        return new GetVariablesResponse(getVariableResult, null);
    }
}
