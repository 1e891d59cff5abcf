package io.gridcharge.ocpp.v201.firmware;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 UpdateFirmwareResponse: the answer to {@link UpdateFirmwareRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record UpdateFirmwareResponse(
        UpdateFirmwareStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public UpdateFirmwareResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static UpdateFirmwareResponse of(UpdateFirmwareStatusEnumType status) {
        return new UpdateFirmwareResponse(status, null, null);
    }
}
