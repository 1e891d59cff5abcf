package io.gridcharge.ocpp.v201.datatransfer;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 DataTransferRequest (functional block P Data transfer, use case P01, P02): vendor-specific data, in
 * either direction.
 *
 * @param messageId May be used to indicate a specific message or implementation.
 * @param data Data without specified length or format.
 * @param vendorId This identifies the Vendor specific implementation
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record DataTransferRequest(
        String messageId,
        JsonNode data,
        String vendorId,
        CustomDataType customData) implements OcppRequest<DataTransferResponse> {

    public DataTransferRequest {
        Require.maxLength(messageId, 50, "messageId");
        Require.present(vendorId, "vendorId");
        Require.maxLength(vendorId, 255, "vendorId");
    }

    /** The required fields only. */
    public static DataTransferRequest of(String vendorId) {
        return new DataTransferRequest(null, null, vendorId, null);
    }
}
