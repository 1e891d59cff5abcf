package io.gridcharge.ocpp.v201.firmware;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 UnpublishFirmwareResponse: the answer to {@link UnpublishFirmwareRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record UnpublishFirmwareResponse(
        UnpublishFirmwareStatusEnumType status,
        CustomDataType customData) implements OcppResponse {

    public UnpublishFirmwareResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static UnpublishFirmwareResponse of(UnpublishFirmwareStatusEnumType status) {
        return new UnpublishFirmwareResponse(status, null);
    }
}
