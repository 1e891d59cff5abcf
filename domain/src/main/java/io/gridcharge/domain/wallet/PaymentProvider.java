package io.gridcharge.domain.wallet;

import io.gridcharge.domain.billing.Money;

/** Port: takes a driver's payment for a top-up (a card or wallet provider in production, a sandbox here). */
public interface PaymentProvider {
    /** The provider's verdict on taking {@code amount}; {@code reference} is the platform's name for the payment. */
    PaymentResult charge(Money amount, String reference);

    record PaymentResult(boolean approved, String providerReference, String declineReason) {
        public static PaymentResult approved(String providerReference) {
            return new PaymentResult(true, providerReference, null);
        }

        public static PaymentResult declined(String reason) {
            return new PaymentResult(false, null, reason);
        }
    }
}
