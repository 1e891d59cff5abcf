package io.gridcharge.ocpp.v16.firmware;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/** OCPP 1.6 §6.55 UpdateFirmware.req: fetch firmware from location, not before retrieveDate. */
public record UpdateFirmwareRequest(String location, Integer retries, Instant retrieveDate, Integer retryInterval)
        implements OcppRequest<UpdateFirmwareResponse> {
    public UpdateFirmwareRequest {
        Require.present(location, "location");
        Require.present(retrieveDate, "retrieveDate");
    }
}
