-- Tokens refused (Blocked) at authorization because of their prepaid wallet, with the reason (issue 7).
CREATE TABLE charging_refusals (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id text        NOT NULL,
    id_token   text        NOT NULL,
    wallet_id  bigint      NOT NULL REFERENCES wallets (id),
    reason     text        NOT NULL,
    at         timestamptz NOT NULL
);
CREATE INDEX charging_refusals_by_wallet ON charging_refusals (wallet_id, id DESC);
