package io.gridcharge.ocpp.v201.types;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 2.0.1 MeasurandEnumType: type of measurement.
 * Wire spellings with dots or hyphens are named here with underscores.
 */
public enum MeasurandEnumType {
    @JsonProperty("Current.Export") Current_Export,
    @JsonProperty("Current.Import") Current_Import,
    @JsonProperty("Current.Offered") Current_Offered,
    @JsonProperty("Energy.Active.Export.Register") Energy_Active_Export_Register,
    @JsonProperty("Energy.Active.Import.Register") Energy_Active_Import_Register,
    @JsonProperty("Energy.Reactive.Export.Register") Energy_Reactive_Export_Register,
    @JsonProperty("Energy.Reactive.Import.Register") Energy_Reactive_Import_Register,
    @JsonProperty("Energy.Active.Export.Interval") Energy_Active_Export_Interval,
    @JsonProperty("Energy.Active.Import.Interval") Energy_Active_Import_Interval,
    @JsonProperty("Energy.Active.Net") Energy_Active_Net,
    @JsonProperty("Energy.Reactive.Export.Interval") Energy_Reactive_Export_Interval,
    @JsonProperty("Energy.Reactive.Import.Interval") Energy_Reactive_Import_Interval,
    @JsonProperty("Energy.Reactive.Net") Energy_Reactive_Net,
    @JsonProperty("Energy.Apparent.Net") Energy_Apparent_Net,
    @JsonProperty("Energy.Apparent.Import") Energy_Apparent_Import,
    @JsonProperty("Energy.Apparent.Export") Energy_Apparent_Export,
    @JsonProperty("Frequency") Frequency,
    @JsonProperty("Power.Active.Export") Power_Active_Export,
    @JsonProperty("Power.Active.Import") Power_Active_Import,
    @JsonProperty("Power.Factor") Power_Factor,
    @JsonProperty("Power.Offered") Power_Offered,
    @JsonProperty("Power.Reactive.Export") Power_Reactive_Export,
    @JsonProperty("Power.Reactive.Import") Power_Reactive_Import,
    @JsonProperty("SoC") SoC,
    @JsonProperty("Voltage") Voltage
}
