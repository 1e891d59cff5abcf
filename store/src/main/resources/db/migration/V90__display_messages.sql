-- The messages each OCPP 2.0.1 station holds (issue 4, block O): set by the platform and accepted by the station
-- (O01), or reported by the station (O03/O04 NotifyDisplayMessages); one row per station and message id, the
-- latest word on it. A message the station cleared (O05) is deleted.

CREATE TABLE display_messages (
    station_id     text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    message_id     integer     NOT NULL CHECK (message_id >= 0),
    priority       text        NOT NULL CHECK (priority IN ('ALWAYS_FRONT', 'IN_FRONT', 'NORMAL_CYCLE')),
    state          text        CHECK (state IN ('CHARGING', 'FAULTED', 'IDLE', 'UNAVAILABLE')),
    start_at       timestamptz,
    end_at         timestamptz CHECK (end_at IS NULL OR start_at IS NULL OR end_at >= start_at),
    transaction_id text        CHECK (length(transaction_id) <= 36),
    format         text        NOT NULL CHECK (format IN ('ASCII', 'HTML', 'URI', 'UTF8')),
    language       text        CHECK (length(language) <= 8),
    content        text        NOT NULL CHECK (length(content) BETWEEN 1 AND 512),
    source         text        NOT NULL CHECK (source IN ('SET', 'REPORTED')),
    known_at       timestamptz NOT NULL,
    PRIMARY KEY (station_id, message_id)
);
