package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 1.6 §6.15 DataTransfer.req: a vendor-specific message, sent by either side (§4.3, §5.6). {@code data}
 * is free text of any length.
 */
public record DataTransferRequest(String vendorId, String messageId, String data)
        implements OcppRequest<DataTransferResponse> {

    public DataTransferRequest {
        Require.present(vendorId, "vendorId");
        Require.maxLength(vendorId, 255, "vendorId");
        Require.maxLength(messageId, 50, "messageId");
    }
}
