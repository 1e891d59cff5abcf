package io.gridcharge.api.reservation;

import io.gridcharge.api.http.InputErrors;
import io.gridcharge.api.http.JsonBody;
import io.gridcharge.api.http.PageView;
import io.gridcharge.api.http.PathParameters;
import io.gridcharge.api.http.QueryParameters;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.reservation.Reservation;
import io.gridcharge.domain.reservation.ReservationQuery;
import io.gridcharge.domain.reservation.ReservationStatus;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;

/**
 * Reserving a connector of a station for a driver (OCPP 1.6 ReserveNow), listing reservations and cancelling
 * one (CancelReservation). Making and cancelling wait for the station: 409 not connected, 504 no answer,
 * 502 refused with a CALLERROR, as every command.
 */
public final class ReservationRoutes {
    static final String OF_STATION = "/api/v1/stations/{id}/reservations";
    static final String RESERVATIONS = "/api/v1/reservations";
    static final String RESERVATION = RESERVATIONS + "/{id}";
    /** OCPP 1.6 §7.26 IdToken: at most 20 characters (idTag and parentIdTag of ReserveNow.req). */
    static final int MAX_ID_TAG = 20;

    private final ReservationServices reservations;
    private final StationAdministration stations;
    private final JsonBody json;

    public ReservationRoutes(ReservationServices reservations, StationAdministration stations, JsonBody json) {
        this.reservations = reservations;
        this.stations = stations;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post(OF_STATION, this::reserve);
        routes.get(OF_STATION, this::listOfStation);
        routes.get(RESERVATIONS, this::list);
        routes.get(RESERVATION, this::get);
        routes.delete(RESERVATION, this::cancel);
    }

    /** 201 whatever the station answered: a refused request is kept too, as Rejected with the station's answer. */
    private void reserve(Context ctx) {
        ReserveRequest request = json.read(ctx, ReserveRequest.class);
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        Integer connectorId = errors.required("connectorId", request.connectorId());
        if (connectorId != null && connectorId < 0) {
            errors.reject("connectorId", "must not be negative");
        }
        IdToken idToken = errors.value("idToken", () -> IdToken.of(request.idToken()));
        errors.maxLength("idToken", request.idToken(), MAX_ID_TAG);
        IdToken parent = errors.optional("parentIdTag", request.parentIdTag(), IdToken::of);
        errors.maxLength("parentIdTag", request.parentIdTag(), MAX_ID_TAG);
        Instant expiresAt = errors.required("expiresAt", request.expiresAt());
        errors.throwIfAny();

        Reservation made = reservations.reserve().reserve(station, connectorId, request.connectorType(), idToken,
                parent, expiresAt);
        ctx.status(201).header("Location", RESERVATIONS + "/" + made.id()).json(ReservationView.of(made));
    }

    private void listOfStation(Context ctx) {
        InputErrors errors = new InputErrors();
        StationId station = PathParameters.stationId(ctx, errors);
        QueryParameters query = new QueryParameters(ctx, errors);
        ReservationStatus status = query.oneOf("status", Vocabulary.RESERVATION_STATUS);
        PageRequest page = query.page();
        errors.throwIfAny();

        stations.get(station);
        ctx.json(PageView.of(reservations.history().list(new ReservationQuery(station, status), page),
                ReservationView::of));
    }

    private void list(Context ctx) {
        InputErrors errors = new InputErrors();
        QueryParameters query = new QueryParameters(ctx, errors);
        StationId station = errors.optional("stationId", query.text("stationId"), StationId::of);
        ReservationStatus status = query.oneOf("status", Vocabulary.RESERVATION_STATUS);
        PageRequest page = query.page();
        errors.throwIfAny();

        ctx.json(PageView.of(reservations.history().list(new ReservationQuery(station, status), page),
                ReservationView::of));
    }

    private void get(Context ctx) {
        ctx.json(ReservationView.of(reservations.history().get(reservationId(ctx))));
    }

    /** 200 with the station's answer: Accepted ends the reservation, Rejected leaves it as it was. */
    private void cancel(Context ctx) {
        ctx.json(CancellationView.of(reservations.cancel().cancel(reservationId(ctx))));
    }

    private static int reservationId(Context ctx) {
        InputErrors errors = new InputErrors();
        Long id = PathParameters.number(ctx, "id", errors);
        errors.throwIfAny();
        if (id < 1 || id > Integer.MAX_VALUE) {
            throw new NotFound("reservation", id);
        }
        return id.intValue();
    }
}
