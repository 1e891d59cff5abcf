-- What OCPP 2.0.1 stations report about the limits they charge under (issue 4, block K).

-- K12/K13: limits set on a station (EVSE 0) or an EVSE by a system outside the platform (EMS, DSO, ...).
CREATE TABLE external_charging_limits (
    id            bigserial   PRIMARY KEY,
    station_id    text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    evse_id       integer     NOT NULL CHECK (evse_id >= 0),
    -- As on the wire: EMS, Other, SO, CSO.
    source        text        NOT NULL,
    grid_critical boolean     NOT NULL,
    reported_at   timestamptz NOT NULL,
    -- Set by ClearedChargingLimit, or by the next limit from the same source on the same EVSE.
    cleared_at    timestamptz
);

CREATE INDEX external_charging_limits_in_force ON external_charging_limits (station_id, evse_id, source)
    WHERE cleared_at IS NULL;
CREATE INDEX external_charging_limits_by_station ON external_charging_limits (station_id, reported_at DESC);

-- K15: what an EV said over ISO 15118 that it needs; the latest per EVSE is what the planner reads.
CREATE TABLE ev_charging_needs (
    id                   bigserial   PRIMARY KEY,
    station_id           text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    evse_id              integer     NOT NULL CHECK (evse_id > 0),
    transaction_id       bigint      REFERENCES transactions (id) ON DELETE SET NULL,
    energy_transfer      text        NOT NULL,
    departure_time       timestamptz,
    energy_amount_wh     integer,
    ev_min_current_a     integer,
    ev_max_current_a     integer,
    ev_max_voltage_v     integer,
    ev_max_power_w       integer,
    state_of_charge      integer     CHECK (state_of_charge BETWEEN 0 AND 100),
    ev_energy_capacity_wh integer,
    max_schedule_tuples  integer,
    received_at          timestamptz NOT NULL
);

CREATE INDEX ev_charging_needs_latest ON ev_charging_needs (station_id, evse_id, received_at DESC, id DESC);

-- K17: the schedule an EV chose; its periods count from time_base.
CREATE TABLE ev_charging_schedules (
    id             bigserial   PRIMARY KEY,
    station_id     text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    evse_id        integer     NOT NULL CHECK (evse_id > 0),
    transaction_id bigint      REFERENCES transactions (id) ON DELETE SET NULL,
    time_base      timestamptz NOT NULL,
    received_at    timestamptz NOT NULL
);

CREATE INDEX ev_charging_schedules_by_station ON ev_charging_schedules (station_id, received_at DESC);

-- K09: the profiles a station said it holds, per GetChargingProfiles request.
CREATE TABLE reported_charging_profiles (
    id             bigserial   PRIMARY KEY,
    station_id     text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    request_id     integer     NOT NULL,
    evse_id        integer     NOT NULL CHECK (evse_id >= 0),
    profile_id     integer     NOT NULL,
    source         text        NOT NULL,
    stack_level    integer     NOT NULL,
    purpose        text        NOT NULL,
    kind           text        NOT NULL,
    recurrency     text,
    valid_from     timestamptz,
    valid_to       timestamptz,
    -- The station's id of the transaction a TxProfile belongs to.
    transaction_id text,
    reported_at    timestamptz NOT NULL,
    UNIQUE (station_id, request_id, evse_id, profile_id)
);

CREATE INDEX reported_charging_profiles_latest ON reported_charging_profiles (station_id, reported_at DESC);

-- The schedules of the rows above, one row per schedule, its periods as three arrays of equal length
-- (start in seconds, limit in the unit, number of phases or null). Exactly one owner per row.
CREATE TABLE reported_charging_schedules (
    limit_id       bigint      REFERENCES external_charging_limits (id) ON DELETE CASCADE,
    ev_schedule_id bigint      REFERENCES ev_charging_schedules (id) ON DELETE CASCADE,
    profile_row_id bigint      REFERENCES reported_charging_profiles (id) ON DELETE CASCADE,
    position       integer     NOT NULL CHECK (position >= 0),
    start_schedule timestamptz,
    duration       integer,
    unit           text        NOT NULL CHECK (unit IN ('WATTS', 'AMPERES')),
    period_starts  integer[]   NOT NULL,
    period_limits  numeric[]   NOT NULL,
    period_phases  integer[]   NOT NULL,
    CHECK (num_nonnulls(limit_id, ev_schedule_id, profile_row_id) = 1),
    CHECK (cardinality(period_starts) = cardinality(period_limits)
           AND cardinality(period_starts) = cardinality(period_phases))
);

CREATE INDEX reported_charging_schedules_of_limit ON reported_charging_schedules (limit_id) WHERE limit_id IS NOT NULL;
CREATE INDEX reported_charging_schedules_of_ev ON reported_charging_schedules (ev_schedule_id)
    WHERE ev_schedule_id IS NOT NULL;
CREATE INDEX reported_charging_schedules_of_profile ON reported_charging_schedules (profile_row_id)
    WHERE profile_row_id IS NOT NULL;
