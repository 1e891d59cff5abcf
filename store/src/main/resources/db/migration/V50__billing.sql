-- Billing (issue 7): operators and sites, tariffs, wallets and the double-entry ledger, orders.
-- Money is numeric (never float) with its ISO 4217 currency beside it.

-- The roles of issue 7 and the operator, site or wallet each user works on.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('ADMIN', 'OPERATOR_ADMIN', 'PROPERTY_MANAGER', 'FINANCE', 'DRIVER'));
ALTER TABLE users ADD COLUMN scope_operator text, ADD COLUMN scope_site text, ADD COLUMN scope_wallet bigint;

CREATE TABLE operators (
    id         text        PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,47}$'),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_at timestamptz NOT NULL
);

CREATE TABLE sites (
    id                     text        PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,47}$'),
    operator_id            text        NOT NULL REFERENCES operators (id),
    name                   text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    time_zone              text        NOT NULL,
    currency               char(3)     NOT NULL,
    minimum_balance        numeric     NOT NULL,
    expected_loss_percent  numeric     NOT NULL CHECK (expected_loss_percent BETWEEN 0 AND 50),
    supplier_price_per_kwh numeric     CHECK (supplier_price_per_kwh >= 0),
    created_at             timestamptz NOT NULL
);
CREATE INDEX sites_by_operator ON sites (operator_id);

-- Which site a station is on; the assignment goes with the station.
CREATE TABLE site_stations (
    station_id text PRIMARY KEY REFERENCES stations (id) ON DELETE CASCADE,
    site_id    text NOT NULL REFERENCES sites (id)
);
CREATE INDEX site_stations_by_site ON site_stations (site_id);

-- A site's tariff versions, each in force from valid_from until the next one's.
CREATE TABLE tariff_versions (
    site_id             text        NOT NULL REFERENCES sites (id),
    valid_from          timestamptz NOT NULL,
    currency            char(3)     NOT NULL,
    holidays            date[]      NOT NULL,
    service_fee_per_kwh numeric     NOT NULL CHECK (service_fee_per_kwh >= 0),
    price_per_minute    numeric     NOT NULL CHECK (price_per_minute >= 0),
    idle_fee_per_minute numeric     NOT NULL CHECK (idle_fee_per_minute >= 0),
    idle_grace_seconds  integer     NOT NULL CHECK (idle_grace_seconds >= 0),
    session_fee         numeric     NOT NULL CHECK (session_fee >= 0),
    minimum_per_session numeric     CHECK (minimum_per_session >= 0),
    maximum_per_session numeric     CHECK (maximum_per_session >= 0),
    PRIMARY KEY (site_id, valid_from)
);

CREATE TABLE tariff_energy_periods (
    site_id       text        NOT NULL,
    valid_from    timestamptz NOT NULL,
    day_type      text        NOT NULL CHECK (day_type IN ('WEEKDAY', 'WEEKEND', 'HOLIDAY')),
    from_minute   integer     NOT NULL CHECK (from_minute BETWEEN 0 AND 1439),
    to_minute     integer     NOT NULL CHECK (to_minute BETWEEN 1 AND 1440 AND to_minute > from_minute),
    price_per_kwh numeric     NOT NULL CHECK (price_per_kwh >= 0),
    PRIMARY KEY (site_id, valid_from, day_type, from_minute),
    FOREIGN KEY (site_id, valid_from) REFERENCES tariff_versions (site_id, valid_from)
);

CREATE TABLE wallets (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    operator_id text        NOT NULL REFERENCES operators (id),
    site_id     text        REFERENCES sites (id),
    holder      text        NOT NULL CHECK (length(holder) BETWEEN 1 AND 100),
    currency    char(3)     NOT NULL,
    status      text        NOT NULL CHECK (status IN ('ACTIVE', 'FROZEN', 'CLOSED')),
    opened_at   timestamptz NOT NULL
);

-- The id tokens whose charges a wallet pays; a token pays from one wallet only.
CREATE TABLE wallet_tokens (
    id_token  text   PRIMARY KEY,
    wallet_id bigint NOT NULL REFERENCES wallets (id)
);

CREATE TABLE orders (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- One order per transaction: settling twice finds the first (exactly once, across restarts).
    transaction_id bigint      NOT NULL UNIQUE REFERENCES transactions (id),
    operator_id    text,
    site_id        text,
    station_id     text        NOT NULL,
    id_token       text,
    wallet_id      bigint      REFERENCES wallets (id),
    status         text        NOT NULL CHECK (status IN ('SETTLED', 'OPEN', 'UNPRICED')),
    currency       char(3),
    energy_wh      bigint      NOT NULL,
    energy         numeric,
    service        numeric,
    time_fee       numeric,
    idle           numeric,
    session        numeric,
    adjustment     numeric,
    total          numeric,
    started_at     timestamptz NOT NULL,
    stopped_at     timestamptz NOT NULL,
    created_at     timestamptz NOT NULL,
    movement_id    bigint,
    note           text,
    CONSTRAINT orders_priced CHECK ((status = 'UNPRICED') = (total IS NULL)),
    CONSTRAINT orders_breakdown_adds_up CHECK (total IS NULL
        OR total = energy + service + time_fee + idle + session + adjustment)
);
CREATE INDEX orders_by_site ON orders (site_id, stopped_at);
CREATE INDEX orders_by_operator ON orders (operator_id, stopped_at);
CREATE INDEX orders_by_wallet ON orders (wallet_id, stopped_at);

-- The double-entry ledger. Append-only; balances are sums of entries, never stored.
CREATE TABLE ledger_movements (
    id        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind      text        NOT NULL CHECK (kind IN ('TOP_UP', 'REFUND', 'CHARGE', 'ADJUSTMENT')),
    wallet_id bigint      NOT NULL REFERENCES wallets (id),
    amount    numeric     NOT NULL CHECK (amount > 0),
    currency  char(3)     NOT NULL,
    reason    text,
    author    text        NOT NULL,
    reference text,
    order_id  bigint      REFERENCES orders (id),
    at        timestamptz NOT NULL
);
CREATE INDEX ledger_movements_by_wallet ON ledger_movements (wallet_id, id DESC);
CREATE UNIQUE INDEX ledger_movements_one_charge_per_order ON ledger_movements (order_id) WHERE kind = 'CHARGE';
ALTER TABLE orders ADD CONSTRAINT orders_movement FOREIGN KEY (movement_id) REFERENCES ledger_movements (id);

CREATE TABLE ledger_entries (
    id           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    movement_id  bigint  NOT NULL REFERENCES ledger_movements (id),
    account_kind text    NOT NULL CHECK (account_kind IN ('WALLET', 'FUNDS', 'REVENUE', 'ADJUSTMENTS')),
    account_key  text    NOT NULL,
    amount       numeric NOT NULL CHECK (amount <> 0),
    currency     char(3) NOT NULL
);
CREATE INDEX ledger_entries_by_account ON ledger_entries (account_kind, account_key);
CREATE INDEX ledger_entries_by_movement ON ledger_entries (movement_id);

-- A top-up or refund key, and the movement it booked, per wallet.
CREATE TABLE idempotency_keys (
    wallet_id   bigint NOT NULL REFERENCES wallets (id),
    key         text   NOT NULL,
    fingerprint text   NOT NULL,
    movement_id bigint NOT NULL REFERENCES ledger_movements (id),
    PRIMARY KEY (wallet_id, key)
);

-- The database holds the double-entry rule too: at commit every movement has exactly two entries of its
-- currency that sum to zero; and nothing written to the ledger is changed or removed afterwards.
CREATE FUNCTION ledger_movement_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    entries integer;
    total   numeric;
    foreign_currency integer;
BEGIN
    SELECT count(*), coalesce(sum(e.amount), 0), count(*) FILTER (WHERE e.currency <> m.currency)
      INTO entries, total, foreign_currency
      FROM ledger_entries e JOIN ledger_movements m ON m.id = e.movement_id
     WHERE e.movement_id = NEW.movement_id
     GROUP BY m.id;
    IF entries <> 2 OR total <> 0 OR foreign_currency <> 0 THEN
        RAISE EXCEPTION 'ledger movement % is not two balanced entries of its currency', NEW.movement_id;
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_movement_balanced();

CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END $$;

CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER ledger_movements_append_only BEFORE UPDATE OR DELETE ON ledger_movements
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

-- Readings of a site's master meter (its energy register in Wh), for the metering check.
CREATE TABLE master_meter_readings (
    site_id     text        NOT NULL REFERENCES sites (id),
    read_at     timestamptz NOT NULL,
    register_wh bigint      NOT NULL CHECK (register_wh >= 0),
    PRIMARY KEY (site_id, read_at)
);
