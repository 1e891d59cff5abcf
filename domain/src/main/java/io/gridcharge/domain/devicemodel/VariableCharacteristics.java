package io.gridcharge.domain.devicemodel;

import io.gridcharge.domain.shared.Require;
import java.math.BigDecimal;

/**
 * What a variable can hold (OCPP 2.0.1 VariableCharacteristicsType): its unit, data type, limits, the values of an
 * option, sequence or member list, and whether it can be monitored.
 */
public record VariableCharacteristics(String unit, VariableDataType dataType, BigDecimal minLimit,
                                      BigDecimal maxLimit, String valuesList, boolean supportsMonitoring) {
    public VariableCharacteristics {
        Require.maxLength(unit, 16, "variableCharacteristics.unit");
        Require.present(dataType, "variableCharacteristics.dataType");
        Require.maxLength(valuesList, 1000, "variableCharacteristics.valuesList");
    }
}
