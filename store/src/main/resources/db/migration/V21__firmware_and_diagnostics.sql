-- Firmware images the platform hosts, diagnostics files stations upload, and each station's firmware and
-- diagnostics status history (OCPP 1.6 §4.4, §4.5, §5.9, §5.19).
--
-- File bytes live in PostgreSQL (bytea, in tables of their own so listings never read them), not on the
-- node's disk: in cluster mode any node serves a download or takes an upload, and the only state nodes share
-- is the database; one backup holds everything, and an image and its metadata are written in one transaction.
-- The API bounds a firmware image to 64 MiB and a diagnostics file to 32 MiB, well inside bytea's 1 GB.

CREATE TABLE firmware_images (
    -- Random (128 bits, URL-safe base64): it is the unauthenticated download URL's only secret.
    id          text        PRIMARY KEY CHECK (length(id) BETWEEN 16 AND 64),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    version     text        NOT NULL CHECK (length(version) BETWEEN 1 AND 50),
    file_name   text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 100),
    size_bytes  bigint      NOT NULL CHECK (size_bytes >= 0),
    sha256      text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_at timestamptz NOT NULL
);

CREATE TABLE firmware_content (
    firmware_id text  PRIMARY KEY REFERENCES firmware_images (id) ON DELETE CASCADE,
    content     bytea NOT NULL
);

CREATE TABLE diagnostics_uploads (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id          text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    -- SHA-256 (hex) of the single-use upload token; the token itself is only in the URL given to the station.
    token_hash          text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    requested_at        timestamptz NOT NULL,
    expires_at          timestamptz NOT NULL,
    -- The file name the station announced in GetDiagnostics.conf (null: it has none to send).
    announced_file_name text        CHECK (length(announced_file_name) <= 255),
    file_name           text        CHECK (length(file_name) BETWEEN 1 AND 100),
    size_bytes          bigint      CHECK (size_bytes >= 0),
    sha256              text        CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    received_at         timestamptz,
    CONSTRAINT diagnostics_upload_complete
        CHECK ((received_at IS NULL) = (file_name IS NULL AND size_bytes IS NULL AND sha256 IS NULL))
);

CREATE INDEX diagnostics_uploads_by_station ON diagnostics_uploads (station_id, requested_at DESC, id DESC);

CREATE TABLE diagnostics_content (
    upload_id bigint PRIMARY KEY REFERENCES diagnostics_uploads (id) ON DELETE CASCADE,
    content   bytea  NOT NULL
);

-- The history explains a station's state and is removed with the station.
CREATE TABLE transfer_statuses (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    kind       text        NOT NULL CHECK (kind IN ('FIRMWARE', 'DIAGNOSTICS')),
    status     text        NOT NULL CHECK (
        (kind = 'FIRMWARE' AND status IN ('REQUESTED', 'IDLE', 'DOWNLOADING', 'DOWNLOADED', 'DOWNLOAD_FAILED',
                                          'INSTALLING', 'INSTALLED', 'INSTALLATION_FAILED'))
        OR (kind = 'DIAGNOSTICS' AND status IN ('REQUESTED', 'IDLE', 'UPLOADING', 'UPLOADED', 'UPLOAD_FAILED',
                                                'RECEIVED'))),
    detail     text        CHECK (length(detail) <= 600),
    at         timestamptz NOT NULL
);

CREATE INDEX transfer_statuses_by_station ON transfer_statuses (station_id, kind, at DESC, id DESC);
