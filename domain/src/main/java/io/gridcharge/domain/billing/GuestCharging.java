package io.gridcharge.domain.billing;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenRepository;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.charging.ChargingEvents;
import io.gridcharge.domain.charging.Transaction;
import io.gridcharge.domain.charging.TransactionQuery;
import io.gridcharge.domain.charging.TransactionRepository;
import io.gridcharge.domain.charging.TransactionStatus;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.event.DomainEvent;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.TenantRepository;
import io.gridcharge.domain.wallet.Account;
import io.gridcharge.domain.wallet.CardPayments;
import io.gridcharge.domain.wallet.FundingMethod;
import io.gridcharge.domain.wallet.IdempotencyKey;
import io.gridcharge.domain.wallet.LedgerRepository;
import io.gridcharge.domain.wallet.Movement;
import io.gridcharge.domain.wallet.MovementKind;
import io.gridcharge.domain.wallet.PaymentDeclined;
import io.gridcharge.domain.wallet.PaymentProvider;
import io.gridcharge.domain.wallet.Wallet;
import io.gridcharge.domain.wallet.WalletStatus;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Guest charging with a one-off card payment (issue 7). Start: the amount is pre-authorized on the card, a
 * temporary id token (valid for a day) and a temporary wallet holding the pre-authorized amount are made, and the
 * chosen connector is started remotely with the token (OCPP 1.6 §5.11 RemoteStartTransaction); a station that
 * does not start gives the whole hold back. The running-cost watch stops the charge before the hold runs out, as
 * for any wallet. Settlement: when the transaction stops, its order is settled (once, as every order) from the
 * temporary wallet; the order's gross is captured from the hold, the rest of it is released and refunded out of
 * the wallet, which is closed. Each step is safe to repeat: the capture names the guest charge, the refund
 * carries an idempotency key, and the guest charge is finished by one conditional write.
 */
public final class GuestCharging implements Consumer<DomainEvent> {
    public static final String TOKEN_PREFIX = "GUEST-";
    public static final BigDecimal LARGEST_HOLD = new BigDecimal("500");
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(24);
    private static final Duration START_ANSWER = Duration.ofSeconds(60);
    private static final int CATCH_UP_BATCH = 200;
    private static final Logger LOG = Logger.getLogger(GuestCharging.class.getName());

    /** What guest charging works with, besides the station commands. */
    public record Parts(TenantRepository tenants, TokenRepository tokens, LedgerRepository ledger,
                        GuestChargeRepository guests, SettleTransaction settle, CardPayments cards,
                        TransactionRepository transactions) {
    }

    private final Parts parts;
    private final StationCommands commands;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public GuestCharging(Parts parts, StationCommands commands, Clock clock) {
        this.parts = parts;
        this.commands = commands;
        this.clock = clock;
    }

    /** Pre-authorizes {@code amount} and starts the connector for a guest; answers the guest charge. */
    public GuestCharge start(StationId station, int connectorId, Money amount, String author) {
        Site site = parts.tenants().siteOf(station).flatMap(parts.tenants()::findSite)
                .orElseThrow(() -> new NotFound("station on a site", station));
        checkAmount(site, amount, connectorId);
        IdToken token = IdToken.of(TOKEN_PREFIX + HexFormat.of().withUpperCase().formatHex(randomBytes()));
        PaymentProvider.PaymentResult held = parts.cards().preAuthorize(amount, token.value());
        if (!held.approved()) {
            throw new PaymentDeclined(held.declineReason());
        }
        Instant now = clock.instant();
        parts.tokens().insert(new RegisteredToken(token, TokenStatus.ACCEPTED, now.plus(TOKEN_LIFETIME), null, now));
        Wallet wallet = parts.ledger().open(new Wallet(null, site.operatorId(), site.id(), "guest " + token,
                site.currency(), WalletStatus.ACTIVE, List.of(token), now));
        parts.ledger().book(wallet.id(), null, null, locked -> Movement.transfer(MovementKind.TOP_UP, wallet.id(),
                Account.funds(FundingMethod.PAYMENT_PROVIDER), wallet.account(), amount,
                "card pre-authorized for a guest charge", author, held.providerReference(), null, now));
        GuestCharge guest = parts.guests().insert(new GuestCharge(0, token, wallet.id(), site.id(), station,
                connectorId, amount, held.providerReference(), GuestCharge.Status.AUTHORIZED, null, null, now,
                now.plus(TOKEN_LIFETIME)));
        String answer = remoteStart(guest);
        if (!"Accepted".equals(answer)) {
            finish(guest, Money.zero(amount.currency()), null, GuestCharge.Status.RELEASED);
            throw new Conflict("station " + station + " did not start connector " + connectorId + " (" + answer
                    + "); the pre-authorized " + amount + " was released and nothing was taken");
        }
        return guest;
    }

    public GuestCharge get(long id) {
        return parts.guests().find(id).orElseThrow(() -> new NotFound("guest charge", id));
    }

    @Override
    public void accept(DomainEvent event) {
        if (event instanceof ChargingEvents.TransactionStopped stopped && stopped.transaction().idToken() != null
                && stopped.transaction().idToken().value().startsWith(TOKEN_PREFIX)) {
            parts.guests().findByToken(stopped.transaction().idToken())
                    .filter(g -> g.status() == GuestCharge.Status.AUTHORIZED)
                    .ifPresent(guest -> settle(guest, stopped.transaction()));
        }
    }

    /**
     * Captures the guest charges whose transaction stopped while no one listened (the platform going down between
     * the stop and the capture); returns how many. One that fails is logged and left for the next round.
     */
    public int catchUp() {
        int captured = 0;
        for (GuestCharge guest : parts.guests().authorized(CATCH_UP_BATCH)) {
            try {
                TransactionQuery stopped = new TransactionQuery(guest.stationId(), TransactionStatus.COMPLETED,
                        guest.createdAt().minus(TOKEN_LIFETIME), null);
                var transaction = parts.transactions().list(stopped, PageRequest.first(PageRequest.MAX_SIZE)).items()
                        .stream().filter(t -> guest.idToken().equals(t.idToken())).findFirst();
                if (transaction.isPresent() && settle(guest, transaction.get()).status() != guest.status()) {
                    captured++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "guest charge " + guest.id() + " could not be captured; retried later", e);
            }
        }
        return captured;
    }

    /** Settles the guest's transaction and captures its cost from the hold; answers the guest charge as it ends. */
    public GuestCharge settle(GuestCharge guest, Transaction transaction) {
        Order order = parts.settle().settle(transaction);
        if (order == null) {
            return guest; // still running
        }
        Money cost = order.gross() == null ? Money.zero(guest.held().currency()) : order.gross();
        Money captured = cost.isGreaterThan(guest.held()) ? guest.held() : cost;
        return finish(guest, captured, order.id(), GuestCharge.Status.CAPTURED);
    }

    private GuestCharge finish(GuestCharge guest, Money captured, Long orderId, GuestCharge.Status status) {
        String reference = "guest-" + guest.id();
        if (captured.isPositive()) {
            parts.cards().capture(guest.hold(), captured, reference);
        }
        parts.cards().release(guest.hold(), reference);
        Money rest = parts.ledger().balance(guest.walletId());
        if (rest.isPositive()) {
            parts.ledger().book(guest.walletId(), new IdempotencyKey("release-" + reference), "RELEASE " + reference,
                    locked -> Movement.transfer(MovementKind.REFUND, guest.walletId(), locked.wallet().account(),
                            Account.funds(FundingMethod.PAYMENT_PROVIDER), rest, "rest of the pre-authorization "
                                    + "released", SettleTransaction.AUTHOR, guest.hold(), null, clock.instant()));
        }
        if (parts.ledger().balance(guest.walletId()).isZero()) {
            parts.ledger().changeStatus(guest.walletId(), locked -> WalletStatus.CLOSED);
        }
        GuestCharge finished = new GuestCharge(guest.id(), guest.idToken(), guest.walletId(), guest.siteId(),
                guest.stationId(), guest.connectorId(), guest.held(), guest.hold(), status, captured, orderId,
                guest.createdAt(), guest.expiresAt());
        if (!parts.guests().finish(finished)) {
            return get(guest.id());
        }
        LOG.info("guest charge " + guest.id() + " " + status.name().toLowerCase() + ": " + captured + " of "
                + guest.held() + " taken");
        return finished;
    }

    private String remoteStart(GuestCharge guest) {
        try {
            CommandReply reply = commands.send(guest.stationId(), new StationCommand.RemoteStart(guest.connectorId(),
                    guest.idToken(), null)).get(START_ANSWER.toSeconds(), TimeUnit.SECONDS);
            return reply.status();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            LOG.log(Level.INFO, "remote start for guest charge " + guest.id() + " failed", e);
            return "no answer: " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        }
    }

    private static void checkAmount(Site site, Money amount, int connectorId) {
        if (connectorId < 1) {
            throw new InvalidInput("connectorId", "must be 1 or more");
        }
        if (!amount.currency().equals(site.currency())) {
            throw new InvalidInput("currency", "must be " + site.currency().getCurrencyCode() + ", the site's currency");
        }
        if (!amount.isPositive() || !amount.isWholeMinorUnits()) {
            throw new InvalidInput("amount", "must be positive in whole minor units");
        }
        if (amount.amount().compareTo(LARGEST_HOLD) > 0) {
            throw new InvalidInput("amount", "must be at most " + LARGEST_HOLD.toPlainString());
        }
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return bytes;
    }
}
