package io.gridcharge.ocpp.v201.firmware;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.GenericStatusEnumType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 PublishFirmwareResponse: the answer to {@link PublishFirmwareRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record PublishFirmwareResponse(
        GenericStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public PublishFirmwareResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static PublishFirmwareResponse of(GenericStatusEnumType status) {
        return new PublishFirmwareResponse(status, null, null);
    }
}
