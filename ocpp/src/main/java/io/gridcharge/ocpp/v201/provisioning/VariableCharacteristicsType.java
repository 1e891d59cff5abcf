package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.math.BigDecimal;

/**
 * OCPP 2.0.1 VariableCharacteristicsType: fixed read-only parameters of a variable.
 *
 * @param unit Unit of the variable.
 * @param minLimit Minimum possible value of this variable.
 * @param maxLimit Maximum possible value of this variable.
 * @param valuesList Allowed values when variable is Option/Member/SequenceList.
 * @param supportsMonitoring Flag indicating if this variable supports monitoring.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record VariableCharacteristicsType(
        String unit,
        DataEnumType dataType,
        BigDecimal minLimit,
        BigDecimal maxLimit,
        String valuesList,
        Boolean supportsMonitoring,
        CustomDataType customData) {

    public VariableCharacteristicsType {
        Require.maxLength(unit, 16, "unit");
        Require.present(dataType, "dataType");
        Require.maxLength(valuesList, 1000, "valuesList");
        Require.present(supportsMonitoring, "supportsMonitoring");
    }

    /** The required fields only. */
    public static VariableCharacteristicsType of(DataEnumType dataType, Boolean supportsMonitoring) {
        return new VariableCharacteristicsType(null, dataType, null, null, null, supportsMonitoring, null);
    }
}
