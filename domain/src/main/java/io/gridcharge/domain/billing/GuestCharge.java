package io.gridcharge.domain.billing;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.wallet.WalletId;
import java.time.Instant;

/**
 * A charge by a driver without an account (issue 7): an amount pre-authorized on their card, a temporary id token
 * that expires, the temporary wallet the hold is booked to, the station and connector started remotely; once
 * the charge is settled, what was captured and the order it paid.
 */
public record GuestCharge(long id, IdToken idToken, WalletId walletId, SiteId siteId, StationId stationId,
                          int connectorId, Money held, String hold, Status status, Money captured, Long orderId,
                          Instant createdAt, Instant expiresAt) {
    public enum Status {
        /** The hold is on the card; the charge is starting or running. */
        AUTHORIZED,
        /** The charge is settled: its cost captured, the rest of the hold released. */
        CAPTURED,
        /** The station did not start: the whole hold went back. */
        RELEASED
    }

    public GuestCharge {
        Require.present(idToken, "idToken");
        Require.present(walletId, "walletId");
        Require.present(stationId, "stationId");
        Require.present(held, "held");
        Require.present(hold, "hold");
        Require.present(status, "status");
        Require.present(createdAt, "createdAt");
        Require.present(expiresAt, "expiresAt");
    }

    /** What went back to the card: the hold less what was captured (all of it when nothing was). */
    public Money released() {
        return status == Status.AUTHORIZED ? Money.zero(held.currency())
                : captured == null ? held : held.minus(captured);
    }
}
