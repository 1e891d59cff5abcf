package io.gridcharge.ocpp.v16.localauth;

import io.gridcharge.ocpp.OcppRequest;

/** OCPP 1.6 §6.27 GetLocalListVersion.req; it has no fields. */
public record GetLocalListVersionRequest() implements OcppRequest<GetLocalListVersionResponse> {
}
