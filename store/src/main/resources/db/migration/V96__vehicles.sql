-- Drivers' vehicles (issue 7): a VIN on a wallet charges to it by plug-and-charge. The car's id tokens (the VIN,
-- and "VID" + VIN) are registered tokens paid by the wallet through wallet_tokens, like its cards.
CREATE TABLE vehicles (
    vin       text        PRIMARY KEY CHECK (vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
    wallet_id bigint      NOT NULL REFERENCES wallets (id),
    label     text        CHECK (length(label) BETWEEN 1 AND 100),
    added_at  timestamptz NOT NULL
);
CREATE INDEX vehicles_by_wallet ON vehicles (wallet_id);
