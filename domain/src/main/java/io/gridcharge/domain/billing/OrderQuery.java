package io.gridcharge.domain.billing;

import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.wallet.WalletId;
import java.time.Instant;

/** Which orders to list: any filter may be null; {@code from}/{@code to} bound the stop time (to exclusive). */
public record OrderQuery(OperatorId operator, SiteId site, StationId station, WalletId wallet, Instant from,
                         Instant to) {
}
