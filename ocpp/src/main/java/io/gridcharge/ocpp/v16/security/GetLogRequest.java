package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), GetLog.req: upload a diagnostics or security log (use case N01). */
public record GetLogRequest(LogType logType, Integer requestId, Integer retries, Integer retryInterval,
                            LogParameters log) implements OcppRequest<GetLogResponse> {
    public GetLogRequest {
        Require.present(logType, "logType");
        Require.present(requestId, "requestId");
        Require.present(log, "log");
    }
}
