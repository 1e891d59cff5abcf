-- OCPP 1.6 Security Whitepaper (edition 3): each station's security profile and pending AuthorizationKey, the
-- security events stations report, and the progress of log uploads and signed firmware updates.

-- A station without a row is on profile 1 with no password change under way.
CREATE TABLE station_security (
    station_id            text        PRIMARY KEY REFERENCES stations (id) ON DELETE CASCADE,
    security_profile      smallint    NOT NULL CHECK (security_profile BETWEEN 1 AND 3),
    -- Hash of a new Basic Auth password the station accepted but has not connected with yet.
    pending_password_hash text,
    updated_at            timestamptz NOT NULL
);

CREATE TABLE security_events (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id  text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    type        text        NOT NULL CHECK (length(type) BETWEEN 1 AND 50),
    occurred_at timestamptz NOT NULL,
    tech_info   text        CHECK (length(tech_info) <= 255),
    critical    boolean     NOT NULL,
    received_at timestamptz NOT NULL
);
CREATE INDEX security_events_by_station ON security_events (station_id, id DESC);

CREATE TABLE security_status_reports (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id  text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    kind        text        NOT NULL CHECK (kind IN ('LOG_UPLOAD', 'SIGNED_FIRMWARE_UPDATE')),
    status      text        NOT NULL CHECK (length(status) BETWEEN 1 AND 50),
    request_id  integer,
    received_at timestamptz NOT NULL
);
CREATE INDEX security_status_reports_by_station ON security_status_reports (station_id, kind, id DESC);
