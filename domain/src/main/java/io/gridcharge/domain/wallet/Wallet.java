package io.gridcharge.domain.wallet;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.SiteId;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A driver's prepaid account with an operator, and with one of its sites for residents of a community (whose
 * property manager then tops it up): its holder, its currency, and the id tokens (cards, app tokens)
 * whose charges it pays. Its balance is not kept here: it is derived from the ledger.
 */
public record Wallet(WalletId id, OperatorId operatorId, SiteId siteId, String holder, Currency currency, WalletStatus status,
                     List<IdToken> idTokens, Instant openedAt) {
    public Wallet {
        Require.present(operatorId, "operatorId");
        Require.text(holder, 100, "holder");
        Require.present(currency, "currency");
        Require.present(status, "status");
        idTokens = List.copyOf(idTokens);
        Require.present(openedAt, "openedAt");
    }

    public Account account() {
        return Account.wallet(id);
    }

    public Wallet withStatus(WalletStatus changed) {
        return new Wallet(id, operatorId, siteId, holder, currency, changed, idTokens, openedAt);
    }
}
