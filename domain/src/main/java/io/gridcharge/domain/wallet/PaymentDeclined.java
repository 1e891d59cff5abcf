package io.gridcharge.domain.wallet;

/** The payment provider refused a top-up; nothing was booked. */
public final class PaymentDeclined extends RuntimeException {
    public PaymentDeclined(String reason) {
        super("the payment provider declined the payment: " + reason);
    }
}
