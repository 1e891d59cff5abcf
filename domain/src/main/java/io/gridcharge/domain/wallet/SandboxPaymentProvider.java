package io.gridcharge.domain.wallet;

import io.gridcharge.domain.billing.Money;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A payment provider that takes no money: approves every payment with a reference of its own, except an amount
 * of exactly 13.13 in any currency, which it declines, so the declined path can be tried end to end.
 */
public final class SandboxPaymentProvider implements PaymentProvider {
    public static final BigDecimal DECLINED_AMOUNT = new BigDecimal("13.13");
    private final AtomicLong payments = new AtomicLong();

    @Override
    public PaymentResult charge(Money amount, String reference) {
        if (amount.amount().compareTo(DECLINED_AMOUNT) == 0) {
            return PaymentResult.declined("sandbox declines 13.13");
        }
        return PaymentResult.approved("sandbox-" + payments.incrementAndGet() + "-" + reference);
    }
}
