package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.v201.types.VariableType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetVariableResultType: class to hold results of GetVariables request.
 *
 * @param attributeValue Value of requested attribute type of component-variable.
 * @param attributeType absent means Actual (schema default; readers apply it).
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetVariableResultType(
        StatusInfoType attributeStatusInfo,
        GetVariableStatusEnumType attributeStatus,
        AttributeEnumType attributeType,
        String attributeValue,
        ComponentType component,
        VariableType variable,
        CustomDataType customData) {

    public GetVariableResultType {
        Require.present(attributeStatus, "attributeStatus");
        Require.maxLength(attributeValue, 2500, "attributeValue");
        Require.present(component, "component");
        Require.present(variable, "variable");
    }

    /** The required fields only. */
    public static GetVariableResultType of(
            GetVariableStatusEnumType attributeStatus,
            ComponentType component,
            VariableType variable) {
        return new GetVariableResultType(null, attributeStatus, null, null, component, variable, null);
    }
}
