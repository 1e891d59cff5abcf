-- Users of the API and their sessions; the per-station message journal.

CREATE TABLE users (
    username      text        PRIMARY KEY CHECK (length(username) BETWEEN 1 AND 64),
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('ADMIN')),
    created_at    timestamptz NOT NULL
);

-- Bearer tokens are stored only as their hash (SHA-256), never in clear.
CREATE TABLE api_sessions (
    token_hash text        PRIMARY KEY,
    username   text        NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL
);

-- Every frame to and from a station (DESIGN §2), written in batches by a background writer.
CREATE TABLE message_journal (
    -- Orders frames of the same instant as they were appended.
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id text        NOT NULL,
    at         timestamptz NOT NULL,
    direction  text        NOT NULL CHECK (direction IN ('IN', 'OUT')),
    -- The action of a CALL, or of the CALL an answer answers; null when unknown (an unparseable frame).
    action     text,
    message_id text,
    frame      text        NOT NULL
);

CREATE INDEX message_journal_by_station ON message_journal (station_id, at DESC, id DESC);
