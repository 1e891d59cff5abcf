-- OCPP 2.0.1 device model (issue 4, Part 1 §4): the components and variables each station reported through
-- NotifyReport, with their attributes and characteristics, and the parts of each report received.

CREATE TABLE device_variables (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id          text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    component_name      text        NOT NULL CHECK (length(component_name) BETWEEN 1 AND 50),
    component_instance  text        CHECK (length(component_instance) <= 50),
    evse_id             integer     CHECK (evse_id >= 0),
    connector_id        integer     CHECK (connector_id >= 0),
    variable_name       text        NOT NULL CHECK (length(variable_name) BETWEEN 1 AND 50),
    variable_instance   text        CHECK (length(variable_instance) <= 50),
    -- Characteristics, when the station gave them (all null otherwise).
    unit                text        CHECK (length(unit) <= 16),
    data_type           text        CHECK (data_type IN ('STRING', 'DECIMAL', 'INTEGER', 'DATE_TIME', 'BOOLEAN',
                                        'OPTION_LIST', 'SEQUENCE_LIST', 'MEMBER_LIST')),
    min_limit           numeric,
    max_limit           numeric,
    values_list         text        CHECK (length(values_list) <= 1000),
    supports_monitoring boolean,
    reported_at         timestamptz NOT NULL
);
-- A variable's identity: names compare without regard to case (OCPP 2.0.1 ComponentType, VariableType); an absent
-- instance, EVSE or connector is a value of its own.
CREATE UNIQUE INDEX device_variables_identity ON device_variables (station_id, lower(component_name),
    coalesce(component_instance, ''), coalesce(evse_id, -1), coalesce(connector_id, -1), lower(variable_name),
    coalesce(variable_instance, ''));

CREATE TABLE device_variable_attributes (
    variable_id bigint  NOT NULL REFERENCES device_variables (id) ON DELETE CASCADE,
    type        text    NOT NULL CHECK (type IN ('ACTUAL', 'TARGET', 'MIN_SET', 'MAX_SET')),
    -- Absent only for a write-only attribute, whose value a station never discloses.
    value       text    CHECK (length(value) <= 2500),
    mutability  text    NOT NULL CHECK (mutability IN ('READ_ONLY', 'WRITE_ONLY', 'READ_WRITE')),
    persistent  boolean NOT NULL,
    constant    boolean NOT NULL,
    PRIMARY KEY (variable_id, type)
);

-- One row per NotifyReport message; a part sent again (same request and sequence number) is not counted twice.
CREATE TABLE device_report_parts (
    station_id   text        NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
    request_id   integer     NOT NULL,
    seq_no       integer     NOT NULL CHECK (seq_no >= 0),
    -- The station's tbc was false: no part follows.
    last_part    boolean     NOT NULL,
    variables    integer     NOT NULL CHECK (variables >= 0),
    generated_at timestamptz NOT NULL,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (station_id, request_id, seq_no)
);
