package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 VariableType: reference key to a component-variable.
 *
 * @param name Name of the variable.
 * @param instance Name of instance in case the variable exists as multiple instances.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record VariableType(
        String name,
        String instance,
        CustomDataType customData) {

    public VariableType {
        Require.present(name, "name");
        Require.maxLength(name, 50, "name");
        Require.maxLength(instance, 50, "instance");
    }

    /** The required fields only. */
    public static VariableType of(String name) {
        return new VariableType(name, null, null);
    }
}
