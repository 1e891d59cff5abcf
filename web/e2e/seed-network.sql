-- Seeds a platform's database for measuring the console (issue 8: pages under 2 s with 10,000 stations and
-- 100,000 transactions): run against a platform's PostgreSQL after its first start, then web/e2e/measure.mjs.
--   psql -h 127.0.0.1 -U postgres -d DB -f web/e2e/seed-network.sql
INSERT INTO stations (id, name, registration, vendor, model, firmware_version, created_at, last_seen)
SELECT 'PERF-' || lpad(i::text, 5, '0'), 'Site ' || (i % 200), 'ACCEPTED', 'Acme', 'W' || (i % 7), '1.' || (i % 5),
       now() - interval '30 days', now() - (i || ' seconds')::interval
FROM generate_series(1, 10000) i;
INSERT INTO connectors (station_id, connector_id, status, error_code, reported_at)
SELECT s.id, c, (ARRAY['AVAILABLE','CHARGING','FAULTED','UNAVAILABLE','AVAILABLE','AVAILABLE'])[1 + (abs(hashtext(s.id || c)) % 6)], 'NoError', now()
FROM stations s, generate_series(1, 2) c;
INSERT INTO station_locations (station_id, latitude, longitude)
SELECT id, 22 + random() * 18, 103 + random() * 18 FROM stations;
INSERT INTO transactions (station_id, connector_id, id_token, meter_start_wh, started_at, meter_stop_wh, stopped_at, stop_reason, status)
SELECT 'PERF-' || lpad((1 + i % 10000)::text, 5, '0'), 1 + i % 2, 'CARD-' || (i % 500), 0,
       now() - (i * 3 || ' minutes')::interval, 5000 + i % 30000, now() - (i * 3 || ' minutes')::interval + interval '2 minutes', 'Local', 'COMPLETED'
FROM generate_series(1, 100000) i;
INSERT INTO meter_samples (transaction_id, station_id, connector_id, sampled_at, measurand, value, unit)
SELECT 1, 'PERF-00002', 2, now() - (s || ' minutes')::interval, m.measurand, m.value, m.unit
FROM generate_series(1, 240) s,
     (VALUES ('Power.Active.Import', 7200, 'W'), ('Energy.Active.Import.Register', 120000, 'Wh'), ('Current.Import', 31, 'A'),
             ('Voltage', 230, 'V'), ('SoC', 50, 'Percent'), ('Temperature', 30, 'Celsius')) AS m (measurand, value, unit);
ANALYZE;
