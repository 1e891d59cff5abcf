package io.gridcharge.ocpp.v16.smartcharging;

/** OCPP 1.6 §7.37 RecurrencyKindType: how often a Recurring profile restarts. */
public enum RecurrencyKindType {
    Daily, Weekly
}
