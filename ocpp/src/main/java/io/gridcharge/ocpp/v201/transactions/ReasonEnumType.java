package io.gridcharge.ocpp.v201.transactions;

/**
 * OCPP 2.0.1 ReasonEnumType: this contains the reason why the transaction was stopped.
 */
public enum ReasonEnumType {
    DeAuthorized, EmergencyStop, EnergyLimitReached, EVDisconnected, GroundFault, ImmediateReset, Local,
    LocalOutOfCredit, MasterPass, Other, OvercurrentFault, PowerLoss, PowerQuality, Reboot, Remote,
    SOCLimitReached, StoppedByEV, TimeLimitReached, Timeout
}
