package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 VariableAttributeType: attribute data of a variable.
 *
 * @param value Value of the attribute.
 * @param persistent If true, value will be persistent across system reboots or power down. Absent means false
 * (schema default).
 * @param constant If true, value that will never be changed by the Charging Station at runtime. Absent means
 * false (schema default).
 * @param type absent means Actual (schema default; readers apply it).
 * @param mutability absent means ReadWrite (schema default; readers apply it).
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record VariableAttributeType(
        AttributeEnumType type,
        String value,
        MutabilityEnumType mutability,
        Boolean persistent,
        Boolean constant,
        CustomDataType customData) {

    public VariableAttributeType {
        Require.maxLength(value, 2500, "value");
    }

    /** No optional field set. */
    public static VariableAttributeType of() {
        return new VariableAttributeType(null, null, null, null, null, null);
    }
}
