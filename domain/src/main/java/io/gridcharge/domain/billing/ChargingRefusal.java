package io.gridcharge.domain.billing;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.wallet.WalletId;
import java.time.Instant;

/** A token refused (Blocked) at a station because of its wallet, and why (issue 7: the reason is recorded). */
public record ChargingRefusal(StationId station, IdToken idToken, WalletId wallet, String reason, Instant at) {
}
