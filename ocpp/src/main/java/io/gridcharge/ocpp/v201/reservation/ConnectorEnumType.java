package io.gridcharge.ocpp.v201.reservation;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 ConnectorEnumType: this field specifies the connector type.
 * Wire spellings with dots or hyphens are named here with underscores.
 */
public enum ConnectorEnumType {
    @JsonProperty("cCCS1") cCCS1,
    @JsonProperty("cCCS2") cCCS2,
    @JsonProperty("cG105") cG105,
    @JsonProperty("cTesla") cTesla,
    @JsonProperty("cType1") cType1,
    @JsonProperty("cType2") cType2,
    @JsonProperty("s309-1P-16A") s309_1P_16A,
    @JsonProperty("s309-1P-32A") s309_1P_32A,
    @JsonProperty("s309-3P-16A") s309_3P_16A,
    @JsonProperty("s309-3P-32A") s309_3P_32A,
    @JsonProperty("sBS1361") sBS1361,
    @JsonProperty("sCEE-7-7") sCEE_7_7,
    @JsonProperty("sType2") sType2,
    @JsonProperty("sType3") sType3,
    @JsonProperty("Other1PhMax16A") Other1PhMax16A,
    @JsonProperty("Other1PhOver16A") Other1PhOver16A,
    @JsonProperty("Other3Ph") Other3Ph,
    @JsonProperty("Pan") Pan,
    @JsonProperty("wInductive") wInductive,
    @JsonProperty("wResonant") wResonant,
    @JsonProperty("Undetermined") Undetermined,
    @JsonProperty("Unknown") Unknown
}
