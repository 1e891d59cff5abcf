package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 SetVariablesRequest (functional block B Provisioning, use case B05): the CSMS writes variable
 * attributes of the device model.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetVariablesRequest(
        List<SetVariableDataType> setVariableData,
        CustomDataType customData) implements OcppRequest<SetVariablesResponse> {

    public SetVariablesRequest {
        Require.present(setVariableData, "setVariableData");
        setVariableData = Require.size(setVariableData, 1, Integer.MAX_VALUE, "setVariableData");
    }

    /** The required fields only. */
    public static SetVariablesRequest of(List<SetVariableDataType> setVariableData) {
        return new SetVariablesRequest(setVariableData, null);
    }
}
