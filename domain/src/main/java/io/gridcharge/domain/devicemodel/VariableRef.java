package io.gridcharge.domain.devicemodel;

import io.gridcharge.domain.shared.Require;

/** A variable of a component (OCPP 2.0.1 VariableType): its name and an instance when there are several. */
public record VariableRef(String name, String instance) {
    public static final int MAX_NAME_LENGTH = 50;

    public VariableRef {
        Require.text(name, MAX_NAME_LENGTH, "variable.name");
        Require.maxLength(instance, MAX_NAME_LENGTH, "variable.instance");
    }

    public static VariableRef of(String name) {
        return new VariableRef(name, null);
    }
}
