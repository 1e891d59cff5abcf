package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.VariableType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetVariableDataType: class to hold parameters for GetVariables request.
 *
 * @param attributeType absent means Actual (schema default; readers apply it).
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetVariableDataType(
        AttributeEnumType attributeType,
        ComponentType component,
        VariableType variable,
        CustomDataType customData) {

    public GetVariableDataType {
        Require.present(component, "component");
        Require.present(variable, "variable");
    }

    /** The required fields only. */
    public static GetVariableDataType of(ComponentType component, VariableType variable) {
        return new GetVariableDataType(null, component, variable, null);
    }
}
