package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.VariableType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetVariableDataType: one attribute of one component variable to set, with its new value (B05).
 *
 * @param attributeValue Value to be assigned to attribute of variable.
 * @param attributeType absent means Actual (schema default; readers apply it).
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetVariableDataType(
        AttributeEnumType attributeType,
        String attributeValue,
        ComponentType component,
        VariableType variable,
        CustomDataType customData) {

    public SetVariableDataType {
        Require.present(attributeValue, "attributeValue");
        Require.maxLength(attributeValue, 1000, "attributeValue");
        Require.present(component, "component");
        Require.present(variable, "variable");
    }

    /** The required fields only. */
    public static SetVariableDataType of(String attributeValue, ComponentType component, VariableType variable) {
        return new SetVariableDataType(null, attributeValue, component, variable, null);
    }
}
