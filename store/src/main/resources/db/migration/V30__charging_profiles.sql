-- The charging profiles each station holds, as the platform believes it (OCPP 1.6 §3.13): written when the
-- station accepted a SetChargingProfile (or a RemoteStartTransaction with a profile), removed when it accepted
-- a ClearChargingProfile, when a newer profile replaced it, or when its transaction ended.
-- Enums are the domain's Java names; limits are numeric with at most one decimal (schema: multipleOf 0.1).

CREATE TABLE charging_profiles (
    station_id         text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    -- The station replaces a profile with the same id wherever it is (OCPP 1.6 §5.16): one per station.
    profile_id         integer     NOT NULL CHECK (profile_id >= 1),
    -- 0 stands for the whole station.
    connector_id       integer     NOT NULL CHECK (connector_id >= 0),
    stack_level        integer     NOT NULL CHECK (stack_level >= 0),
    purpose            text        NOT NULL CHECK (purpose IN ('CHARGE_POINT_MAX', 'TX_DEFAULT', 'TX')),
    kind               text        NOT NULL CHECK (kind IN ('ABSOLUTE', 'RECURRING', 'RELATIVE')),
    recurrency         text        CHECK (recurrency IN ('DAILY', 'WEEKLY')),
    valid_from         timestamptz,
    valid_to           timestamptz,
    -- The platform's transaction id, for a TxProfile; no foreign key: the profile is a belief about the
    -- station, and is removed with its transaction's end by the domain.
    transaction_id     bigint,
    schedule_start     timestamptz,
    duration_s         integer     CHECK (duration_s >= 1),
    rate_unit          text        NOT NULL CHECK (rate_unit IN ('WATTS', 'AMPERES')),
    min_charging_rate  numeric     CHECK (min_charging_rate >= 0),
    PRIMARY KEY (station_id, profile_id),
    CONSTRAINT charging_profiles_placement CHECK (
        (purpose <> 'CHARGE_POINT_MAX' OR connector_id = 0) AND (purpose <> 'TX' OR connector_id >= 1)),
    -- §3.13.2: one profile per connector, purpose and stack level.
    CONSTRAINT charging_profiles_one_per_level UNIQUE (station_id, connector_id, purpose, stack_level)
);

CREATE TABLE charging_schedule_periods (
    station_id    text    NOT NULL,
    profile_id    integer NOT NULL,
    start_period  integer NOT NULL CHECK (start_period >= 0),
    limit_value   numeric NOT NULL CHECK (limit_value >= 0),
    number_phases integer CHECK (number_phases BETWEEN 1 AND 3),
    PRIMARY KEY (station_id, profile_id, start_period),
    FOREIGN KEY (station_id, profile_id) REFERENCES charging_profiles (station_id, profile_id) ON DELETE CASCADE
);
