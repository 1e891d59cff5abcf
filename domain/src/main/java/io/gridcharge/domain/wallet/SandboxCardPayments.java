package io.gridcharge.domain.wallet;

import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.shared.Conflict;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Card payments that move no money: holds are kept in memory, every pre-authorization is approved except an amount
 * of exactly 13.13 (as the sandbox payment provider), and each capture and release is counted, so tests can see
 * that a guest's payment was captured exactly once.
 */
public final class SandboxCardPayments implements CardPayments {
    /** A hold: how much, what was captured under which reference, whether the rest went back. */
    public record Hold(Money amount, Money captured, String captureReference, int captures, boolean released) {
    }

    private final Map<String, Hold> holds = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong();

    @Override
    public PaymentProvider.PaymentResult preAuthorize(Money amount, String reference) {
        if (amount.amount().compareTo(SandboxPaymentProvider.DECLINED_AMOUNT) == 0) {
            return PaymentProvider.PaymentResult.declined("sandbox declines 13.13");
        }
        String hold = "hold-" + numbers.incrementAndGet() + "-" + reference;
        holds.put(hold, new Hold(amount, null, null, 0, false));
        return PaymentProvider.PaymentResult.approved(hold);
    }

    @Override
    public void capture(String hold, Money amount, String reference) {
        holds.compute(hold, (key, current) -> {
            if (current == null) {
                throw new Conflict("no hold " + hold);
            }
            if (current.captureReference() != null) {
                return current; // the same capture again: nothing more is taken
            }
            if (amount.isGreaterThan(current.amount())) {
                throw new Conflict("a capture of " + amount + " exceeds the hold of " + current.amount());
            }
            return new Hold(current.amount(), amount, reference, current.captures() + 1, current.released());
        });
    }

    @Override
    public void release(String hold, String reference) {
        holds.computeIfPresent(hold, (key, current) -> new Hold(current.amount(), current.captured(),
                current.captureReference(), current.captures(), true));
    }

    public Hold hold(String hold) {
        return holds.get(hold);
    }
}
