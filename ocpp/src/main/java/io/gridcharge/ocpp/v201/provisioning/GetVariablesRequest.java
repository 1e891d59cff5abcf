package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 GetVariablesRequest (functional block B Provisioning, use case B06): the CSMS reads variable
 * attributes of the device model.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetVariablesRequest(
        List<GetVariableDataType> getVariableData,
        CustomDataType customData) implements OcppRequest<GetVariablesResponse> {

    public GetVariablesRequest {
        Require.present(getVariableData, "getVariableData");
        getVariableData = Require.size(getVariableData, 1, Integer.MAX_VALUE, "getVariableData");
    }

    /** The required fields only. */
    public static GetVariablesRequest of(List<GetVariableDataType> getVariableData) {
        return new GetVariablesRequest(getVariableData, null);
    }
}
