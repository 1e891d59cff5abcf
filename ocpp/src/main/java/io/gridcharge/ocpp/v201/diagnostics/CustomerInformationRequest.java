package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CertificateHashDataType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 CustomerInformationRequest (functional block N Diagnostics, use case N09, N10): the CSMS asks for,
 * or asks to clear, what the station keeps about a customer.
 *
 * @param requestId The Id of the request.
 * @param report Flag indicating whether the Charging Station should return NotifyCustomerInformationRequest
 * messages containing information about the customer referred to.
 * @param clear Flag indicating whether the Charging Station should clear all information about the customer
 * referred to.
 * @param customerIdentifier A (e.g.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record CustomerInformationRequest(
        CertificateHashDataType customerCertificate,
        IdTokenType idToken,
        Integer requestId,
        Boolean report,
        Boolean clear,
        String customerIdentifier,
        CustomDataType customData) implements OcppRequest<CustomerInformationResponse> {

    public CustomerInformationRequest {
        Require.present(requestId, "requestId");
        Require.present(report, "report");
        Require.present(clear, "clear");
        Require.maxLength(customerIdentifier, 64, "customerIdentifier");
    }

    /** The required fields only. */
    public static CustomerInformationRequest of(Integer requestId, Boolean report, Boolean clear) {
        return new CustomerInformationRequest(null, null, requestId, report, clear, null, null);
    }
}
