-- StopTransaction for a transaction the platform never saw (OCPP 1.6 §4.10): answered, and kept here as the
-- station reported it for an operator to reconcile. The transaction id is the station's word, not a key of
-- transactions. A stop the station resends after a lost answer is kept once.
CREATE TABLE orphan_stops (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id     text        NOT NULL,
    transaction_id bigint      NOT NULL,
    meter_stop_wh  bigint      NOT NULL,
    stopped_at     timestamptz NOT NULL,
    reason         text,
    stopped_by     text,
    -- How many meter samples came with the stop; they belong to no known transaction and are not stored.
    samples        integer     NOT NULL CHECK (samples >= 0),
    received_at    timestamptz NOT NULL,
    CONSTRAINT orphan_stops_same_stop UNIQUE (station_id, transaction_id, stopped_at)
);

CREATE INDEX orphan_stops_by_station ON orphan_stops (station_id, id DESC);
