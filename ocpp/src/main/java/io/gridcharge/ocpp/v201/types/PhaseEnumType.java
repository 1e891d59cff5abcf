package io.gridcharge.ocpp.v201.types;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 PhaseEnumType: indicates how the measured value is to be interpreted.
 * Wire spellings with dots or hyphens are named here with underscores.
 */
public enum PhaseEnumType {
    @JsonProperty("L1") L1,
    @JsonProperty("L2") L2,
    @JsonProperty("L3") L3,
    @JsonProperty("N") N,
    @JsonProperty("L1-N") L1_N,
    @JsonProperty("L2-N") L2_N,
    @JsonProperty("L3-N") L3_N,
    @JsonProperty("L1-L2") L1_L2,
    @JsonProperty("L2-L3") L2_L3,
    @JsonProperty("L3-L1") L3_L1
}
