package io.gridcharge.ocpp.v16.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * OCPP 1.6 §7.31 Measurand: what a sampled value measures; absent means Energy.Active.Import.Register
 * (§7.43). The wire spellings contain dots, named here with underscores.
 */
public enum Measurand {
    @JsonProperty("Current.Export") Current_Export,
    @JsonProperty("Current.Import") Current_Import,
    @JsonProperty("Current.Offered") Current_Offered,
    @JsonProperty("Energy.Active.Export.Register") Energy_Active_Export_Register,
    @JsonProperty("Energy.Active.Import.Register") Energy_Active_Import_Register,
    @JsonProperty("Energy.Reactive.Export.Register") Energy_Reactive_Export_Register,
    @JsonProperty("Energy.Reactive.Import.Register") Energy_Reactive_Import_Register,
    @JsonProperty("Energy.Active.Export.Interval") Energy_Active_Export_Interval,
    @JsonProperty("Energy.Active.Import.Interval") Energy_Active_Import_Interval,
    @JsonProperty("Energy.Reactive.Export.Interval") Energy_Reactive_Export_Interval,
    @JsonProperty("Energy.Reactive.Import.Interval") Energy_Reactive_Import_Interval,
    @JsonProperty("Frequency") Frequency,
    @JsonProperty("Power.Active.Export") Power_Active_Export,
    @JsonProperty("Power.Active.Import") Power_Active_Import,
    @JsonProperty("Power.Factor") Power_Factor,
    @JsonProperty("Power.Offered") Power_Offered,
    @JsonProperty("Power.Reactive.Export") Power_Reactive_Export,
    @JsonProperty("Power.Reactive.Import") Power_Reactive_Import,
    @JsonProperty("RPM") RPM,
    @JsonProperty("SoC") SoC,
    @JsonProperty("Temperature") Temperature,
    @JsonProperty("Voltage") Voltage
}
