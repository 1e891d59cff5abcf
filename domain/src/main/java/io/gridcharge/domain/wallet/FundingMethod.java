package io.gridcharge.domain.wallet;

/** How money reaches a wallet and goes back: cash or a bank transfer an operator enters, or the payment provider. */
public enum FundingMethod {
    CASH, BANK_TRANSFER, PAYMENT_PROVIDER
}
