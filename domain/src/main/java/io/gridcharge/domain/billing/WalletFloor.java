package io.gridcharge.domain.billing;

import io.gridcharge.domain.authorization.ChargingPermission;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.TenantRepository;
import io.gridcharge.domain.wallet.LedgerRepository;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletStatus;
import java.time.Clock;
import java.util.Optional;

/**
 * At authorization, a token paid by a prepaid wallet may charge only while its wallet is active and holds at
 * least the site's minimum balance (issue 7); a refusal is recorded with its reason. A token no wallet pays for
 * is left to its own status (its charges become open orders).
 */
public final class WalletFloor implements ChargingPermission {
    private final LedgerRepository ledger;
    private final TenantRepository tenants;
    private final ChargingRefusalRepository refusals;
    private final Clock clock;

    public WalletFloor(LedgerRepository ledger, TenantRepository tenants, ChargingRefusalRepository refusals,
                       Clock clock) {
        this.ledger = ledger;
        this.tenants = tenants;
        this.refusals = refusals;
        this.clock = clock;
    }

    @Override
    public Optional<String> refusal(StationId station, IdToken idToken) {
        Optional<Wallet> paying = ledger.findByToken(idToken);
        if (paying.isEmpty()) {
            return Optional.empty();
        }
        Wallet wallet = paying.get();
        Optional<String> reason = reasonToRefuse(wallet, tenants.siteOf(station).flatMap(tenants::findSite));
        reason.ifPresent(why -> refusals.record(new ChargingRefusal(station, idToken, wallet.id(), why,
                clock.instant())));
        return reason;
    }

    private Optional<String> reasonToRefuse(Wallet wallet, Optional<Site> site) {
        if (wallet.status() != WalletStatus.ACTIVE) {
            return Optional.of("wallet " + wallet.id() + " is " + wallet.status().name().toLowerCase());
        }
        if (site.isEmpty()) {
            return Optional.empty();
        }
        if (!site.get().currency().equals(wallet.currency())) {
            return Optional.of("wallet " + wallet.id() + " is in " + wallet.currency() + ", site " + site.get().id()
                    + " charges in " + site.get().currency());
        }
        Money balance = ledger.balance(wallet.id());
        if (wallet.isPostpaid()) {
            // A fleet's account charges on credit: it is refused once what it owes reaches its credit limit.
            Money left = balance.plus(wallet.credit());
            return left.isPositive() ? Optional.empty() : Optional.of("post-paid account " + wallet.id() + " owes "
                    + balance.negate() + ", its whole credit limit of " + wallet.credit());
        }
        Money minimum = Money.of(site.get().minimumBalance(), wallet.currency());
        if (balance.isNegative()) {
            // A late stop left a debt (an overdraft): the next top-up settles it first, and until then no charge.
            return Optional.of("wallet " + wallet.id() + " owes " + balance.negate()
                    + " from a charge that ran past its balance; a top-up settles it first");
        }
        if (balance.isLessThan(minimum)) {
            return Optional.of("balance " + balance + " of wallet " + wallet.id() + " is below the minimum " + minimum
                    + " of site " + site.get().id());
        }
        return Optional.empty();
    }
}
