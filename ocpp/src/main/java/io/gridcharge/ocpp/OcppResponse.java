package io.gridcharge.ocpp;

/** The payload of a CALLRESULT. */
public interface OcppResponse {
}
