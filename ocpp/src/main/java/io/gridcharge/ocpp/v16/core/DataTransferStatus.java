package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.23 DataTransferStatus. */
public enum DataTransferStatus {
    Accepted, Rejected, UnknownMessageId, UnknownVendorId
}
