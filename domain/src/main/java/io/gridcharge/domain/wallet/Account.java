package io.gridcharge.domain.wallet;

import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.tenant.SiteId;

/**
 * An account of the ledger: a wallet; the funds through which money comes in and goes back out (cash, bank
 * transfer, the payment provider); a site's charging revenue; manual adjustments not tied to an order.
 */
public record Account(Kind kind, String key) {
    public enum Kind {
        WALLET, FUNDS, REVENUE, ADJUSTMENTS
    }

    public Account {
        Require.present(kind, "kind");
        Require.text(key, 64, "key");
    }

    public static Account wallet(WalletId wallet) {
        return new Account(Kind.WALLET, wallet.toString());
    }

    public static Account funds(FundingMethod method) {
        return new Account(Kind.FUNDS, method.name());
    }

    public static Account revenue(SiteId site) {
        return new Account(Kind.REVENUE, site.value());
    }

    public static Account manualAdjustments() {
        return new Account(Kind.ADJUSTMENTS, "MANUAL");
    }

    @Override
    public String toString() {
        return kind + ":" + key;
    }
}
