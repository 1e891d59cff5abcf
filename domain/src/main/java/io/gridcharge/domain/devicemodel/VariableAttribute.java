package io.gridcharge.domain.devicemodel;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;

/**
 * One attribute of a variable as the station reported it (OCPP 2.0.1 VariableAttributeType). The value may be
 * absent only for a write-only attribute (a password, say), which the station never discloses.
 */
public record VariableAttribute(AttributeType type, String value, Mutability mutability, boolean persistent,
                                boolean constant) {
    public static final int MAX_VALUE_LENGTH = 2500;

    public VariableAttribute {
        Require.present(type, "variableAttribute.type");
        Require.present(mutability, "variableAttribute.mutability");
        Require.maxLength(value, MAX_VALUE_LENGTH, "variableAttribute.value");
        if (value == null && mutability != Mutability.WRITE_ONLY) {
            throw new InvalidInput("variableAttribute.value", "may be left out only when the attribute is WriteOnly");
        }
    }

    /** The Actual value, read-write, as most configuration variables are. */
    public static VariableAttribute actual(String value) {
        return new VariableAttribute(AttributeType.ACTUAL, value, Mutability.READ_WRITE, false, false);
    }
}
