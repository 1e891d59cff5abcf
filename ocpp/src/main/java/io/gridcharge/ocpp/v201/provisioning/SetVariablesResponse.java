package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 SetVariablesResponse: the answer to {@link SetVariablesRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetVariablesResponse(
        List<SetVariableResultType> setVariableResult,
        CustomDataType customData) implements OcppResponse {

    public SetVariablesResponse {
        Require.present(setVariableResult, "setVariableResult");
        setVariableResult = Require.size(setVariableResult, 1, Integer.MAX_VALUE, "setVariableResult");
    }

    /** The required fields only. */
    public static SetVariablesResponse of(List<SetVariableResultType> setVariableResult) {
        return new SetVariablesResponse(setVariableResult, null);
    }
}
