-- Stations and their connectors, id tokens, charging transactions and their meter samples.
-- Times are timestamptz (UTC instants), energy is bigint Wh, the domain's enums are text checked against
-- their Java names (a new enum value needs a migration that widens the check).

CREATE TABLE stations (
    id                  text        PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 48),
    name                text        CHECK (length(name) <= 100),
    password_hash       text,
    registration        text        NOT NULL CHECK (registration IN ('ACCEPTED', 'PENDING', 'REJECTED')),
    protocol            text,
    -- What the station said at its last boot (OCPP 1.6 §6.3); all null until it first booted.
    vendor              text,
    model               text,
    serial_number       text,
    firmware_version    text,
    iccid               text,
    imsi                text,
    meter_type          text,
    meter_serial_number text,
    last_boot_at        timestamptz,
    -- Flushed periodically from in-memory presence, never per frame.
    last_seen           timestamptz,
    created_at          timestamptz NOT NULL,
    CONSTRAINT stations_boot_complete CHECK ((vendor IS NULL) = (model IS NULL))
);

CREATE TABLE connectors (
    station_id        text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    -- 0 stands for the whole station (OCPP 1.6 §4.9).
    connector_id      integer     NOT NULL CHECK (connector_id >= 0),
    status            text        NOT NULL CHECK (status IN ('AVAILABLE', 'PREPARING', 'CHARGING',
                                      'SUSPENDED_EVSE', 'SUSPENDED_EV', 'FINISHING', 'RESERVED', 'UNAVAILABLE',
                                      'FAULTED', 'OCCUPIED', 'UNKNOWN')),
    error_code        text,
    info              text,
    vendor_error_code text,
    reported_at       timestamptz NOT NULL,
    PRIMARY KEY (station_id, connector_id)
);

CREATE TABLE id_tokens (
    id_token   text        PRIMARY KEY CHECK (length(id_token) BETWEEN 1 AND 36),
    status     text        NOT NULL CHECK (status IN ('ACCEPTED', 'BLOCKED', 'EXPIRED', 'INVALID')),
    expires_at timestamptz,
    -- OCPP 1.6 parentIdTag / 2.0.1 groupIdToken. No foreign key: a group need not be a token of its own.
    group_id   text        CHECK (length(group_id) BETWEEN 1 AND 36),
    created_at timestamptz NOT NULL
);

CREATE TABLE transactions (
    id                     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- No foreign key to stations: a transaction is a billing and audit record and outlives its station.
    -- A cascade would erase charging history with the station, ON DELETE SET NULL would forget where the
    -- energy went, and NO ACTION would forbid removing any station that ever charged.
    station_id             text        NOT NULL,
    connector_id           integer     NOT NULL CHECK (connector_id >= 0),
    -- The id an OCPP 2.0.1 station chose itself (at most 36 characters); null for 1.6 stations.
    station_transaction_id text        CHECK (length(station_transaction_id) BETWEEN 1 AND 36),
    id_token               text,
    start_authorization    text        CHECK (start_authorization IN ('ACCEPTED', 'BLOCKED', 'EXPIRED',
                                           'INVALID', 'CONCURRENT_TX')),
    reservation_id         integer,
    meter_start_wh         bigint      NOT NULL,
    started_at             timestamptz NOT NULL,
    meter_stop_wh          bigint,
    stopped_at             timestamptz,
    stop_reason            text,
    stopped_by             text,
    status                 text        NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED')),
    CONSTRAINT transactions_stop_complete
        CHECK ((status = 'COMPLETED') = (meter_stop_wh IS NOT NULL AND stopped_at IS NOT NULL)),
    -- A station that resends StartTransaction after a lost answer sends the same start: this key lets
    -- INSERT .. ON CONFLICT DO NOTHING find the first record even when both copies arrive at once.
    CONSTRAINT transactions_same_start UNIQUE (station_id, connector_id, started_at, meter_start_wh)
);

CREATE UNIQUE INDEX transactions_station_transaction_id
    ON transactions (station_id, station_transaction_id) WHERE station_transaction_id IS NOT NULL;
CREATE INDEX transactions_by_station ON transactions (station_id, started_at DESC);
CREATE INDEX transactions_by_start ON transactions (started_at DESC);
CREATE INDEX transactions_active_by_token ON transactions (id_token) WHERE status = 'ACTIVE';

CREATE TABLE meter_samples (
    -- Orders samples taken at the same instant (one reading has several measurands) as they arrived.
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Null for samples of an unknown or foreign transaction, kept against the connector alone.
    transaction_id bigint      REFERENCES transactions (id),
    station_id     text        NOT NULL,
    connector_id   integer     NOT NULL CHECK (connector_id >= 0),
    sampled_at     timestamptz NOT NULL,
    measurand      text        NOT NULL,
    phase          text,
    location       text,
    context        text,
    value          numeric     NOT NULL,
    unit           text
);

CREATE INDEX meter_samples_by_transaction ON meter_samples (transaction_id, sampled_at)
    WHERE transaction_id IS NOT NULL;
CREATE INDEX meter_samples_by_connector ON meter_samples (station_id, connector_id, sampled_at DESC);
