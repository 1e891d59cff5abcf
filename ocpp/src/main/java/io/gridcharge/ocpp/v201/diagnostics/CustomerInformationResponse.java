package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 CustomerInformationResponse: the answer to {@link CustomerInformationRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record CustomerInformationResponse(
        CustomerInformationStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public CustomerInformationResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static CustomerInformationResponse of(CustomerInformationStatusEnumType status) {
        return new CustomerInformationResponse(status, null, null);
    }
}
