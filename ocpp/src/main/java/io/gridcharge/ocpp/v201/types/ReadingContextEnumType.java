package io.gridcharge.ocpp.v201.types;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 ReadingContextEnumType: type of detail value:
 * Wire spellings with dots or hyphens are named here with underscores.
 */
public enum ReadingContextEnumType {
    @JsonProperty("Interruption.Begin") Interruption_Begin,
    @JsonProperty("Interruption.End") Interruption_End,
    @JsonProperty("Other") Other,
    @JsonProperty("Sample.Clock") Sample_Clock,
    @JsonProperty("Sample.Periodic") Sample_Periodic,
    @JsonProperty("Transaction.Begin") Transaction_Begin,
    @JsonProperty("Transaction.End") Transaction_End,
    @JsonProperty("Trigger") Trigger
}
