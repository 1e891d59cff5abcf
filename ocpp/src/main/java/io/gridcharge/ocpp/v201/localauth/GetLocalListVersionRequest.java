package io.gridcharge.ocpp.v201.localauth;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 GetLocalListVersionRequest (functional block D Local authorization list management, use case D02):
 * the CSMS asks for the version of the local authorization list.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetLocalListVersionRequest(
        CustomDataType customData) implements OcppRequest<GetLocalListVersionResponse> {
}
