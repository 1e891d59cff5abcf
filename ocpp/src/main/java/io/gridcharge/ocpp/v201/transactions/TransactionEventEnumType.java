package io.gridcharge.ocpp.v201.transactions;

/**
 * OCPP 2.0.1 TransactionEventEnumType: this contains the type of this event.
 */
public enum TransactionEventEnumType {
    Ended, Started, Updated
}
