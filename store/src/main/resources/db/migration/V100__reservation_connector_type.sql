-- OCPP 2.0.1 ReserveNow may hold an EVSE with a connector of a given type (H01 scenario 3, TC_H_15)
ALTER TABLE reservations ADD COLUMN connector_type text;
