package io.gridcharge.domain.wallet;

import io.gridcharge.domain.billing.Money;

/**
 * Port: a one-off card payment in two steps, for guests (issue 7). The amount is pre-authorized (held on the card)
 * before the charge starts; at settlement the actual cost is captured and the rest of the hold released. Capture
 * and release name the platform's reference so a provider can take each at most once whatever is retried.
 */
public interface CardPayments {
    /** Holds {@code amount}; an approved result names the hold. */
    PaymentProvider.PaymentResult preAuthorize(Money amount, String reference);

    /** Takes {@code amount} (at most the hold) from the hold; the same reference again takes nothing more. */
    void capture(String hold, Money amount, String reference);

    /** Gives the rest of the hold back to the card. */
    void release(String hold, String reference);
}
