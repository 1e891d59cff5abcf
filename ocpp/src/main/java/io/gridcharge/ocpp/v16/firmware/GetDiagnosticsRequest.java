package io.gridcharge.ocpp.v16.firmware;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/** OCPP 1.6 §6.25 GetDiagnostics.req: upload logs between startTime and stopTime to the location directory. */
public record GetDiagnosticsRequest(
        String location,
        Integer retries,
        Integer retryInterval,
        Instant startTime,
        Instant stopTime) implements OcppRequest<GetDiagnosticsResponse> {
    public GetDiagnosticsRequest {
        Require.present(location, "location");
    }
}
