package io.gridcharge.ocpp.v201.smartcharging;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 ReportChargingProfilesResponse: the answer to {@link ReportChargingProfilesRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ReportChargingProfilesResponse(
        CustomDataType customData) implements OcppResponse {
}
