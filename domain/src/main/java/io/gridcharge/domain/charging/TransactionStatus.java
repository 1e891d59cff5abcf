package io.gridcharge.domain.charging;

public enum TransactionStatus {
    ACTIVE, COMPLETED
}
