package io.gridcharge.ocpp.v201.transactions;

/**
 * OCPP 2.0.1 TriggerReasonEnumType: reason the Charging Station sends this message to the CSMS
 */
public enum TriggerReasonEnumType {
    Authorized, CablePluggedIn, ChargingRateChanged, ChargingStateChanged, Deauthorized, EnergyLimitReached,
    EVCommunicationLost, EVConnectTimeout, MeterValueClock, MeterValuePeriodic, TimeLimitReached, Trigger,
    UnlockCommand, StopAuthorized, EVDeparted, EVDetected, RemoteStop, RemoteStart, AbnormalCondition,
    SignedDataReceived, ResetCommand
}
