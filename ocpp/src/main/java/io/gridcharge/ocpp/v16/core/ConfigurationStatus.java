package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.22 ConfigurationStatus, the answer to ChangeConfiguration.req. */
public enum ConfigurationStatus {
    Accepted, Rejected, RebootRequired, NotSupported
}
