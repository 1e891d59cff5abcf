package io.gridcharge.ocpp.v201.smartcharging;

/**
 * OCPP 2.0.1 EnergyTransferModeEnumType: mode of energy transfer requested by the EV.
 */
public enum EnergyTransferModeEnumType {
    DC, AC_single_phase, AC_two_phase, AC_three_phase
}
