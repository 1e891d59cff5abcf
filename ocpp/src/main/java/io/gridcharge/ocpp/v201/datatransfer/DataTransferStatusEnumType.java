package io.gridcharge.ocpp.v201.datatransfer;

/**
 * OCPP 2.0.1 DataTransferStatusEnumType: this indicates the success or failure of the data transfer.
 */
public enum DataTransferStatusEnumType {
    Accepted, Rejected, UnknownMessageId, UnknownVendorId
}
