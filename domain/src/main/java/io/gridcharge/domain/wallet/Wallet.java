package io.gridcharge.domain.wallet;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.SiteId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A driver's prepaid account with an operator, and with one of its sites for residents of a community (whose
 * property manager then tops it up): its holder, its currency, and the id tokens (cards, app tokens)
 * whose charges it pays. Its balance is not kept here: it is derived from the ledger.
 *
 * <p>A fleet's post-paid account is a wallet with a {@code creditLimit}: its drivers' cards and cars charge to
 * it without a prepaid balance, each order taking it further below zero, so a negative balance is what the
 * fleet owes (a receivable), up to the limit; payments against its monthly statements bring it back to zero.
 * A prepaid wallet has no credit limit; a balance below zero there is a debt from a station that stopped late,
 * which the next top-up settles first.
 */
public record Wallet(WalletId id, OperatorId operatorId, SiteId siteId, String holder, Currency currency, WalletStatus status,
                     List<IdToken> idTokens, Instant openedAt, BigDecimal creditLimit) {
    public Wallet {
        Require.present(operatorId, "operatorId");
        Require.text(holder, 100, "holder");
        Require.present(currency, "currency");
        Require.present(status, "status");
        idTokens = List.copyOf(idTokens);
        Require.present(openedAt, "openedAt");
        if (creditLimit != null && (creditLimit.signum() <= 0
                || creditLimit.compareTo(WalletAdministration.LARGEST_CREDIT_LIMIT) > 0
                || creditLimit.stripTrailingZeros().scale() > currency.getDefaultFractionDigits())) {
            throw new InvalidInput("creditLimit", "must be above 0 and at most "
                    + WalletAdministration.LARGEST_CREDIT_LIMIT.toPlainString() + " in whole minor units");
        }
    }

    /** A prepaid wallet. */
    public Wallet(WalletId id, OperatorId operatorId, SiteId siteId, String holder, Currency currency,
                  WalletStatus status, List<IdToken> idTokens, Instant openedAt) {
        this(id, operatorId, siteId, holder, currency, status, idTokens, openedAt, null);
    }

    /** Whether this is a fleet's post-paid account. */
    public boolean isPostpaid() {
        return creditLimit != null;
    }

    /** What it may spend beyond its balance: the credit limit of a post-paid account, zero for a prepaid one. */
    public Money credit() {
        return creditLimit == null ? Money.zero(currency)
                : Money.of(creditLimit.setScale(currency.getDefaultFractionDigits()), currency);
    }

    public Account account() {
        return Account.wallet(id);
    }

    public Wallet withStatus(WalletStatus changed) {
        return new Wallet(id, operatorId, siteId, holder, currency, changed, idTokens, openedAt, creditLimit);
    }
}
