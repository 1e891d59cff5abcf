package io.gridcharge.api.billing;

import io.gridcharge.api.auth.Tenancy;
import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.WireNames;
import io.gridcharge.domain.billing.GuestCharge;
import io.gridcharge.domain.billing.GuestCharging;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.billing.Order;
import io.gridcharge.domain.billing.OrderHistory;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.tenant.Site;
import io.gridcharge.domain.tenant.TenantAdministration;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Guest charging (issue 7): the operator's payment page or kiosk (a user who books money on the station's site)
 * starts a charge for a driver without an account with a one-off card payment; the guest charge shows what was
 * held, captured and released, and its receipt is a PDF.
 */
public final class GuestChargeRoutes {
    static final String GUESTS = "/api/v1/guest-charges";
    static final String GUEST = GUESTS + "/{guestChargeId}";

    public record StartGuestCharge(String stationId, Integer connectorId, String amount, String currency) {
    }

    public record GuestChargeView(long id, String idToken, long walletId, String siteId, String stationId,
                                  int connectorId, String status, MoneyView held, MoneyView captured,
                                  MoneyView released, Long orderId, Instant createdAt, Instant expiresAt) {
        static GuestChargeView of(GuestCharge g) {
            return new GuestChargeView(g.id(), g.idToken().value(), g.walletId().value(),
                    g.siteId() == null ? null : g.siteId().value(), g.stationId().value(), g.connectorId(),
                    STATUS.name(g.status()), MoneyView.of(g.held()), MoneyView.of(g.captured()),
                    MoneyView.of(g.released()), g.orderId(), g.createdAt(), g.expiresAt());
        }
    }

    public static final WireNames<GuestCharge.Status> STATUS = WireNames.of(GuestCharge.Status.class, Map.of(
            GuestCharge.Status.AUTHORIZED, "Authorized", GuestCharge.Status.CAPTURED, "Captured",
            GuestCharge.Status.RELEASED, "Released"));

    private final GuestCharging guests;
    private final TenantAdministration tenants;
    private final OrderHistory orders;
    private final JsonBody json;

    public GuestChargeRoutes(GuestCharging guests, TenantAdministration tenants, OrderHistory orders, JsonBody json) {
        this.guests = guests;
        this.tenants = tenants;
        this.orders = orders;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post(GUESTS, this::start);
        routes.get(GUEST, ctx -> ctx.json(GuestChargeView.of(visible(ctx))));
        routes.get(GUEST + "/receipt", this::receipt);
    }

    private void start(Context ctx) {
        StartGuestCharge request = json.read(ctx, StartGuestCharge.class);
        InputErrors errors = new InputErrors();
        StationId station = errors.value("stationId", () -> StationId.of(request.stationId()));
        Integer connector = request.connectorId();
        if (connector == null) {
            errors.reject("connectorId", "is required");
        }
        Money amount = Amounts.money(errors, request.amount(), request.currency());
        errors.throwIfAny();
        Site site = tenants.siteOfStation(station).orElseThrow(
                () -> new io.gridcharge.domain.shared.NotFound("station", station));
        Tenancy.requireBooks(ctx, site.operatorId(), site.id(), null, "station", station);
        GuestCharge started = guests.start(station, connector, amount, Tenancy.user(ctx).username());
        ctx.status(201).header("Location", GUESTS + "/" + started.id()).json(GuestChargeView.of(started));
    }

    private GuestCharge visible(Context ctx) {
        InputErrors errors = new InputErrors();
        Long id = PathParameters.number(ctx, "guestChargeId", errors);
        errors.throwIfAny();
        GuestCharge guest = guests.get(id);
        Site site = guest.siteId() == null ? null : tenants.site(guest.siteId());
        if (site == null) {
            Tenancy.requirePlatformAdmin(ctx);
        } else {
            Tenancy.requireSees(ctx, site.operatorId(), site.id(), null, "guest charge", id);
        }
        return guest;
    }

    /** The guest's receipt: the order's breakdown, net, tax and gross, and what the card was charged. */
    private void receipt(Context ctx) {
        GuestCharge guest = visible(ctx);
        List<String> lines = new ArrayList<>();
        lines.add("Guest receipt for charge " + guest.id());
        lines.add("");
        lines.add("Station: " + guest.stationId() + "   Connector: " + guest.connectorId());
        lines.add("Id token: " + guest.idToken());
        if (guest.orderId() != null) {
            Order order = orders.get(guest.orderId());
            lines.add("Order: " + order.id() + "   Transaction: " + order.transactionId());
            lines.add("Started: " + order.startedAt() + "   Stopped: " + order.stoppedAt());
            lines.add("Energy: " + OrderDocuments.kwh(order.energyWh()) + " kWh");
            if (order.total() != null) {
                order.breakdown().forEach((component, amount) ->
                        lines.add(OrderDocuments.label(component) + ": " + amount));
                lines.add("Total: " + order.total());
                lines.add("Tax (" + order.tax().ratePercent().toPlainString() + " %): " + order.tax().amount());
                lines.add("Gross: " + order.gross());
            }
        }
        lines.add("");
        lines.add("Card pre-authorized: " + guest.held());
        lines.add("Card charged: " + (guest.captured() == null ? "not yet" : guest.captured().toString()));
        lines.add("Released to the card: " + guest.released());
        ctx.contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=guest-receipt-" + guest.id() + ".pdf")
                .result(OrderDocuments.pdf(lines));
    }
}
