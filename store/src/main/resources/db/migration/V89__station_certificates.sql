-- The certificates each station holds, as the platform learnt them (issue 4, OCPP 2.0.1 A02/A03, M03-M05 and the
-- OCPP 1.6 Security Whitepaper): issued to it by the platform CA, installed on it by an InstallCertificate it
-- accepted, or reported by it in its answer to GetInstalledCertificateIds (the latest answer per kind).

CREATE TABLE station_certificates (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id       text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    source           text        NOT NULL CHECK (source IN ('ISSUED', 'INSTALLED', 'REPORTED')),
    kind             text        CHECK (kind IN ('CENTRAL_SYSTEM_ROOT', 'MANUFACTURER_ROOT', 'V2G_ROOT', 'MO_ROOT',
                                     'V2G_CERTIFICATE_CHAIN')),
    use              text        CHECK (use IN ('CHARGING_STATION', 'V2G')),
    hash_algorithm   text        CHECK (hash_algorithm IN ('SHA256', 'SHA384', 'SHA512')),
    issuer_name_hash text        CHECK (length(issuer_name_hash) <= 128),
    issuer_key_hash  text        CHECK (length(issuer_key_hash) <= 128),
    serial_number    text        CHECK (length(serial_number) <= 40),
    pem              text        CHECK (length(pem) <= 10000),
    not_after        timestamptz,
    recorded_at      timestamptz NOT NULL,
    CHECK ((source = 'ISSUED') = (kind IS NULL)),
    CHECK (source <> 'REPORTED' OR (hash_algorithm IS NOT NULL AND issuer_name_hash IS NOT NULL
        AND issuer_key_hash IS NOT NULL AND serial_number IS NOT NULL))
);

CREATE INDEX station_certificates_by_station ON station_certificates (station_id, id DESC);
