-- The console's dashboard sums the orders of the day across all operators (issue 8 with issue 7): by the stop
-- time alone, which the per-tenant indexes (site, operator, wallet first) do not serve.
CREATE INDEX orders_by_stop ON orders (stopped_at);
