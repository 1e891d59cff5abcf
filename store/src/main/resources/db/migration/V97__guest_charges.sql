-- Guest charging (issue 7): a one-off card payment pre-authorized before the charge, a temporary token and
-- wallet, and once settled the amount captured and the order it paid. Finished by one conditional UPDATE
-- (status AUTHORIZED -> CAPTURED or RELEASED), so a guest's payment is captured exactly once.
CREATE TABLE guest_charges (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id_token      text        NOT NULL UNIQUE,
    wallet_id     bigint      NOT NULL REFERENCES wallets (id),
    site_id       text        REFERENCES sites (id),
    station_id    text        NOT NULL,
    connector_id  integer     NOT NULL CHECK (connector_id >= 1),
    held          numeric     NOT NULL CHECK (held > 0),
    currency      char(3)     NOT NULL,
    hold          text        NOT NULL,
    status        text        NOT NULL CHECK (status IN ('AUTHORIZED', 'CAPTURED', 'RELEASED')),
    captured      numeric     CHECK (captured >= 0 AND captured <= held),
    order_id      bigint      REFERENCES orders (id),
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    CONSTRAINT guest_charges_finished CHECK ((status = 'AUTHORIZED') = (captured IS NULL))
);
CREATE INDEX guest_charges_authorized ON guest_charges (id) WHERE status = 'AUTHORIZED';
