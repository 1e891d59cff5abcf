package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ComponentType: a physical or logical component
 *
 * @param name Name of the component.
 * @param instance Name of instance in case the component exists as multiple instances.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ComponentType(
        EVSEType evse,
        String name,
        String instance,
        CustomDataType customData) {

    public ComponentType {
        Require.present(name, "name");
        Require.maxLength(name, 50, "name");
        Require.maxLength(instance, 50, "instance");
    }

    /** The required fields only. */
    public static ComponentType of(String name) {
        return new ComponentType(null, name, null, null);
    }
}
