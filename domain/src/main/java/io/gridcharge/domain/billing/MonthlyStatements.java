package io.gridcharge.domain.billing;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletAdministration;
import io.gridcharge.domain.wallet.WalletId;
import io.gridcharge.domain.wallet.WalletStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly statements of accounts (issue 7): any month on demand, and the list of closed months an account has a
 * statement for. Months run from midnight UTC to midnight UTC, as the wallet statement; the ledger is
 * append-only, so a closed month's statement reads the same every time it is generated.
 */
public final class MonthlyStatements {
    private final WalletAdministration wallets;
    private final OrderHistory orders;
    private final Clock clock;

    public MonthlyStatements(WalletAdministration wallets, OrderHistory orders, Clock clock) {
        this.wallets = wallets;
        this.orders = orders;
        this.clock = clock;
    }

    public AccountStatement of(WalletId id, YearMonth month) {
        if (month.isAfter(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new InvalidInput("month", "must not be in the future");
        }
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        WalletStatement ledger = wallets.statement(id, from, to);
        List<Order> charged = orders.export(new OrderQuery(null, null, null, id, from, to));
        return new AccountStatement(ledger.wallet(), month, from, to, ledger.opening(), charged, ledger.movements(),
                ledger.closing());
    }

    /** The closed months since the account was opened, newest first (at most the latest 24). */
    public List<YearMonth> closedMonths(WalletId id) {
        Wallet wallet = wallets.get(id);
        YearMonth first = YearMonth.from(wallet.openedAt().atZone(ZoneOffset.UTC));
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1);
             !m.isBefore(first) && months.size() < 24; m = m.minusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
