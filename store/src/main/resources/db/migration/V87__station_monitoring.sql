-- What OCPP 2.0.1 stations report of their monitoring, and the alarms operators' rules raise on it
-- (issue 4, block N).

-- N07: events on a component's variable; a NotifyEvent sent again is kept once (same event id and time).
CREATE TABLE station_events (
    id                     bigserial   PRIMARY KEY,
    station_id             text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    event_id               integer     NOT NULL,
    occurred_at            timestamptz NOT NULL,
    trigger                text        NOT NULL,
    cause_event_id         integer,
    actual_value           text,
    tech_code              text,
    tech_info              text,
    cleared                boolean     NOT NULL,
    transaction_id         text,
    component_name         text        NOT NULL,
    component_instance     text,
    evse_id                integer,
    connector_id           integer,
    variable_name          text        NOT NULL,
    variable_instance      text,
    variable_monitoring_id integer,
    notification_type      text        NOT NULL,
    -- The severity of the monitor that raised it, when the platform knew the monitor.
    severity               integer     CHECK (severity BETWEEN 0 AND 9),
    received_at            timestamptz NOT NULL,
    UNIQUE (station_id, event_id, occurred_at)
);

CREATE INDEX station_events_by_time ON station_events (station_id, occurred_at DESC, id DESC);

-- N02: the monitors a station runs, as it last reported them; monitor ids are the station's.
CREATE TABLE variable_monitors (
    station_id         text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    monitor_id         integer     NOT NULL,
    component_name     text        NOT NULL,
    component_instance text,
    evse_id            integer,
    connector_id       integer,
    variable_name      text        NOT NULL,
    variable_instance  text,
    transaction_only   boolean     NOT NULL,
    value              numeric     NOT NULL,
    type               text        NOT NULL,
    severity           integer     NOT NULL CHECK (severity BETWEEN 0 AND 9),
    request_id         integer     NOT NULL,
    reported_at        timestamptz NOT NULL,
    PRIMARY KEY (station_id, monitor_id)
);

-- N09/N10: the parts of a station's customer information reports.
CREATE TABLE customer_information_parts (
    station_id   text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    request_id   integer     NOT NULL,
    seq_no       integer     NOT NULL CHECK (seq_no >= 0),
    data         text        NOT NULL,
    continues    boolean     NOT NULL,
    generated_at timestamptz NOT NULL,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (station_id, request_id, seq_no)
);

-- Which events raise alarms: on one station, or (station null) on all; every part given must match.
CREATE TABLE alarm_rules (
    id             bigserial PRIMARY KEY,
    station_id     text      REFERENCES stations (id) ON DELETE CASCADE,
    component_name text,
    variable_name  text,
    max_severity   integer   CHECK (max_severity BETWEEN 0 AND 9),
    CHECK (num_nonnulls(component_name, variable_name, max_severity) > 0)
);

CREATE TABLE station_alarms (
    id              bigserial   PRIMARY KEY,
    station_id      text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    -- The rule is kept as a number: removing a rule leaves the alarms it raised.
    rule_id         bigint      NOT NULL,
    event_id        bigint      NOT NULL REFERENCES station_events (id) ON DELETE CASCADE,
    component_name  text        NOT NULL,
    variable_name   text        NOT NULL,
    actual_value    text,
    severity        integer,
    raised_at       timestamptz NOT NULL,
    acknowledged_at timestamptz,
    acknowledged_by text,
    UNIQUE (event_id, rule_id)
);

CREATE INDEX station_alarms_by_station ON station_alarms (station_id, raised_at DESC);
CREATE INDEX station_alarms_open ON station_alarms (raised_at DESC) WHERE acknowledged_at IS NULL;
