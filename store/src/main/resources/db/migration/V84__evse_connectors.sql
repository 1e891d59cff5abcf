-- OCPP 2.0.1 G01: an EVSE may have several connectors (a cable and a socket), each with its own state. The
-- domain's connector is the EVSE (connectors.connector_id = evse id, whose state follows its connectors'); this
-- keeps each connector of each EVSE beside it. 1.6 stations have no rows here.
CREATE TABLE evse_connectors (
    station_id   text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    evse_id      integer     NOT NULL CHECK (evse_id >= 1),
    connector_id integer     NOT NULL CHECK (connector_id >= 1),
    status       text        NOT NULL CHECK (status IN ('AVAILABLE', 'OCCUPIED', 'RESERVED', 'UNAVAILABLE', 'FAULTED')),
    reported_at  timestamptz NOT NULL,
    PRIMARY KEY (station_id, evse_id, connector_id)
);
