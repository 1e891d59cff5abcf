package io.gridcharge.ocpp.v201.provisioning;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 DataEnumType: data type of this variable.
 * The wire spellings include Java keywords ("boolean"), so the constants are named in upper case.
 */
public enum DataEnumType {
    @JsonProperty("string") STRING,
    @JsonProperty("decimal") DECIMAL,
    @JsonProperty("integer") INTEGER,
    @JsonProperty("dateTime") DATE_TIME,
    @JsonProperty("boolean") BOOLEAN,
    @JsonProperty("OptionList") OPTION_LIST,
    @JsonProperty("SequenceList") SEQUENCE_LIST,
    @JsonProperty("MemberList") MEMBER_LIST
}
