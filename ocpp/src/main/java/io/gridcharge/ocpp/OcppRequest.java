package io.gridcharge.ocpp;

/** The payload of a CALL; {@code R} is the payload its CALLRESULT carries. */
public interface OcppRequest<R extends OcppResponse> {
}
