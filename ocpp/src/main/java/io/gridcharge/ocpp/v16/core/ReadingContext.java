package io.gridcharge.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 1.6 §7.35 ReadingContext: why a value was sampled; absent means Sample.Periodic (§7.43). The wire
 * spellings contain dots, which Java names cannot, so each constant names its spelling, dots as underscores.
 */
public enum ReadingContext {
    @JsonProperty("Interruption.Begin") Interruption_Begin,
    @JsonProperty("Interruption.End") Interruption_End,
    @JsonProperty("Other") Other,
    @JsonProperty("Sample.Clock") Sample_Clock,
    @JsonProperty("Sample.Periodic") Sample_Periodic,
    @JsonProperty("Transaction.Begin") Transaction_Begin,
    @JsonProperty("Transaction.End") Transaction_End,
    @JsonProperty("Trigger") Trigger
}
