-- Where stations stand, for the operator console's map (issue 8). A table beside stations rather than two
-- columns in it: optional, written by operators only, and read by the map alone. WGS 84 degrees.
CREATE TABLE station_locations (
    station_id text             PRIMARY KEY REFERENCES stations (id) ON DELETE CASCADE,
    latitude   double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude  double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180)
);

CREATE INDEX station_locations_by_position ON station_locations (latitude, longitude);

-- The dashboard counts connectors by status on every refresh; transactions stopped today are found by stop time.
CREATE INDEX connectors_by_status ON connectors (status) WHERE connector_id > 0;
CREATE INDEX transactions_by_stop ON transactions (stopped_at) WHERE stopped_at IS NOT NULL;
CREATE INDEX transactions_active ON transactions (id) WHERE status = 'ACTIVE';
