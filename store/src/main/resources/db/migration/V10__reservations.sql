-- Reservations of a connector (0: any connector of the station), OCPP 1.6 §3.11 / §5.13.
-- The id is the platform's and is sent to the station as ReserveNow.reservationId, a 32-bit integer (§6.37):
-- it comes from a sequence bounded to that range so a refused or unanswered request never reuses one.
CREATE SEQUENCE reservation_ids AS integer MINVALUE 1 MAXVALUE 2147483647 NO CYCLE;

CREATE TABLE reservations (
    id               integer     PRIMARY KEY,
    -- No foreign key to stations, as for transactions: a reservation is part of a station's history.
    station_id       text        NOT NULL,
    connector_id     integer     NOT NULL CHECK (connector_id >= 0),
    id_token         text        NOT NULL CHECK (length(id_token) BETWEEN 1 AND 36),
    parent_id_token  text        CHECK (length(parent_id_token) BETWEEN 1 AND 36),
    expires_at       timestamptz NOT NULL,
    -- EXPIRED is never stored: an ACTIVE row past expires_at reads as expired.
    status           text        NOT NULL CHECK (status IN ('ACTIVE', 'USED', 'CANCELLED', 'REJECTED')),
    -- The station's ReserveNow.conf status as it said it (Accepted, Faulted, Occupied, Rejected, Unavailable).
    station_answer   text        NOT NULL,
    transaction_id   bigint      REFERENCES transactions (id),
    created_at       timestamptz NOT NULL,
    CONSTRAINT reservations_used_by_a_transaction CHECK ((status = 'USED') = (transaction_id IS NOT NULL))
);

CREATE INDEX reservations_by_station ON reservations (station_id, id DESC);
CREATE INDEX reservations_active ON reservations (expires_at) WHERE status = 'ACTIVE';
