package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.v201.types.VariableType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetVariableResultType: the outcome of setting one attribute of one component variable (B05).
 *
 * @param attributeType absent means Actual (schema default; readers apply it).
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetVariableResultType(
        AttributeEnumType attributeType,
        SetVariableStatusEnumType attributeStatus,
        StatusInfoType attributeStatusInfo,
        ComponentType component,
        VariableType variable,
        CustomDataType customData) {

    public SetVariableResultType {
        Require.present(attributeStatus, "attributeStatus");
        Require.present(component, "component");
        Require.present(variable, "variable");
    }

    /** The required fields only. */
    public static SetVariableResultType of(
            SetVariableStatusEnumType attributeStatus,
            ComponentType component,
            VariableType variable) {
        return new SetVariableResultType(null, attributeStatus, null, component, variable, null);
    }
}
