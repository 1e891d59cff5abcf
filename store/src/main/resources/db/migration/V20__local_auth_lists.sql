-- Local authorization lists (OCPP 1.6 §3.5.2, §5.15): which tokens an operator chose for each station, the
-- version numbers handed out, and what the station holds since it last accepted an update.

-- The operator's choice: tokens by name (kind TOKEN) and every token of a group (kind GROUP, matched against
-- id_tokens.group_id when the list is sent). No foreign key to id_tokens: a removed token simply drops out.
CREATE TABLE local_list_choices (
    station_id text NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    kind       text NOT NULL CHECK (kind IN ('TOKEN', 'GROUP')),
    value      text NOT NULL CHECK (length(value) BETWEEN 1 AND 36),
    PRIMARY KEY (station_id, kind, value)
);

CREATE TABLE local_lists (
    station_id      text        PRIMARY KEY REFERENCES stations (id) ON DELETE CASCADE,
    -- The highest version number handed out for this station's list; never reused, even when refused.
    issued_version  integer     NOT NULL CHECK (issued_version >= 0),
    -- The version the station last answered Accepted for; null until it accepted one.
    station_version integer     CHECK (station_version >= 1 AND station_version <= issued_version),
    synced_at       timestamptz,
    last_outcome    text        CHECK (last_outcome IN ('ACCEPTED', 'FAILED', 'NOT_SUPPORTED', 'VERSION_MISMATCH')),
    last_attempt_at timestamptz
);

-- What the station holds as of station_version, each token with the answer it was sent (the base of the
-- next differential update).
CREATE TABLE local_list_entries (
    station_id text        NOT NULL REFERENCES local_lists (station_id) ON DELETE CASCADE,
    id_token   text        NOT NULL CHECK (length(id_token) BETWEEN 1 AND 36),
    status     text        NOT NULL CHECK (status IN ('ACCEPTED', 'BLOCKED', 'EXPIRED', 'INVALID', 'CONCURRENT_TX')),
    expires_at timestamptz,
    group_id   text        CHECK (length(group_id) BETWEEN 1 AND 36),
    PRIMARY KEY (station_id, id_token)
);

CREATE INDEX id_tokens_by_group ON id_tokens (group_id) WHERE group_id IS NOT NULL;
