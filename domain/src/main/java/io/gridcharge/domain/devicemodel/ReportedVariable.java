package io.gridcharge.domain.devicemodel;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A variable of a component with its attributes (one to four, each type at most once) and, when the station
 * gave them, its characteristics: one entry of a NotifyReport (OCPP 2.0.1 ReportDataType).
 */
public record ReportedVariable(ComponentRef component, VariableRef variable, List<VariableAttribute> attributes,
                               VariableCharacteristics characteristics) {
    public ReportedVariable {
        Require.present(component, "component");
        Require.present(variable, "variable");
        Require.present(attributes, "variableAttribute");
        attributes = List.copyOf(attributes);
        if (attributes.isEmpty() || attributes.size() > AttributeType.values().length) {
            throw new InvalidInput("variableAttribute", "must hold 1 to 4 attributes");
        }
        if (attributes.stream().map(VariableAttribute::type).distinct().count() < attributes.size()) {
            throw new InvalidInput("variableAttribute", "must not name an attribute type twice");
        }
    }

    /** The attribute of that type, if the station reported one. */
    public Optional<VariableAttribute> attribute(AttributeType type) {
        return attributes.stream().filter(a -> a.type() == type).findFirst();
    }

    /** The identity of the variable in the station's model: names lower-cased, instances and EVSE as given. */
    public List<Object> key() {
        return List.of(component.name().toLowerCase(Locale.ROOT), String.valueOf(component.instance()),
                String.valueOf(component.evseId()), String.valueOf(component.connectorId()),
                variable.name().toLowerCase(Locale.ROOT), String.valueOf(variable.instance()));
    }
}
