package io.gridcharge.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 1.6 §7.34 Phase: the phase (L1..L3, N) or phase pair a value was measured on. Wire spellings with a
 * hyphen are named with an underscore.
 */
public enum Phase {
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
