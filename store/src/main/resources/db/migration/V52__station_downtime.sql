-- Periods stations were unreachable, for the operating reports (issue 7); an open period has no end yet.
CREATE TABLE station_downtime (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station_id text        NOT NULL,
    down_from  timestamptz NOT NULL,
    down_to    timestamptz,
    CONSTRAINT station_downtime_ordered CHECK (down_to IS NULL OR down_to >= down_from)
);
-- At most one open period per station: going down twice keeps the first.
CREATE UNIQUE INDEX station_downtime_one_open ON station_downtime (station_id) WHERE down_to IS NULL;
CREATE INDEX station_downtime_by_station ON station_downtime (station_id, down_from);
