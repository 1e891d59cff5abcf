package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.VariableType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 ReportDataType: class to report components, variables and variable attributes and characteristics.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ReportDataType(
        ComponentType component,
        VariableType variable,
        List<VariableAttributeType> variableAttribute,
        VariableCharacteristicsType variableCharacteristics,
        CustomDataType customData) {

    public ReportDataType {
        Require.present(component, "component");
        Require.present(variable, "variable");
        Require.present(variableAttribute, "variableAttribute");
        variableAttribute = Require.size(variableAttribute, 1, 4, "variableAttribute");
    }

    /** The required fields only. */
    public static ReportDataType of(
            ComponentType component,
            VariableType variable,
            List<VariableAttributeType> variableAttribute) {
        return new ReportDataType(component, variable, variableAttribute, null, null);
    }
}
