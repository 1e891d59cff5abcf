-- The starting point of GridCharge's schema, so that every later migration (V2 onwards: the domain's tables,
-- owned by the modules that add them) applies to a database Flyway already knows.
-- Flyway wants at least one statement; this one changes nothing.
SELECT 1;
