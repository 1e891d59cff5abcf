-- The events of OCPP 2.0.1 transactions (TransactionEvent, E01-E15), beside the transactions they belong to:
-- the transactions table stays the one record of a charge for both versions.
CREATE TABLE transaction_events (
    station_id             text        NOT NULL,
    -- The id the station chose for its transaction; with the station, it names the transaction.
    station_transaction_id text        NOT NULL CHECK (length(station_transaction_id) BETWEEN 1 AND 36),
    -- The station numbers each transaction's events from 0; a repeat has a number kept already.
    seq_no                 integer     NOT NULL CHECK (seq_no >= 0),
    transaction_id         bigint      NOT NULL REFERENCES transactions (id) ON DELETE CASCADE,
    event_type             text        NOT NULL CHECK (event_type IN ('STARTED', 'UPDATED', 'ENDED')),
    occurred_at            timestamptz NOT NULL,
    -- As on the wire: "Authorized", "MeterValuePeriodic", ...
    trigger_reason         text        NOT NULL,
    offline                boolean     NOT NULL,
    charging_state         text,
    evse_id                integer     CHECK (evse_id >= 0),
    -- The token presented with this event and its 2.0.1 type ("ISO14443", "eMAID", ...).
    id_token               text        CHECK (length(id_token) BETWEEN 1 AND 36),
    id_token_type          text,
    stopped_reason         text,
    samples                integer     NOT NULL CHECK (samples >= 0),
    received_at            timestamptz NOT NULL,
    PRIMARY KEY (station_id, station_transaction_id, seq_no)
);

CREATE INDEX transaction_events_by_transaction ON transaction_events (transaction_id);
