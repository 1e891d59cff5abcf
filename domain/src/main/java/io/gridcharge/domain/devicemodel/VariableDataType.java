package io.gridcharge.domain.devicemodel;

/** What kind of value a variable holds (OCPP 2.0.1 DataEnumType). */
public enum VariableDataType {
    STRING, DECIMAL, INTEGER, DATE_TIME, BOOLEAN, OPTION_LIST, SEQUENCE_LIST, MEMBER_LIST
}
