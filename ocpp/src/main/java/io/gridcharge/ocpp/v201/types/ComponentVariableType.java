package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ComponentVariableType: class to report components, variables and variable attributes and
 * characteristics.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ComponentVariableType(
        ComponentType component,
        VariableType variable,
        CustomDataType customData) {

    public ComponentVariableType {
        Require.present(component, "component");
    }

    /** The required fields only. */
    public static ComponentVariableType of(ComponentType component) {
        return new ComponentVariableType(component, null, null);
    }
}
