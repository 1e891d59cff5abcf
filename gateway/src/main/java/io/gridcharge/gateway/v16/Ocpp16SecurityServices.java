package io.gridcharge.gateway.v16;

import io.gridcharge.domain.security.RecordReportedStatus;
import io.gridcharge.domain.security.RecordSecurityEvent;
import io.gridcharge.domain.security.SignStationCertificate;

/**
 * The domain services behind the station-initiated messages of the OCPP 1.6 Security Whitepaper: security
 * events, certificate requests, and the progress of log uploads and signed firmware updates.
 */
public record Ocpp16SecurityServices(RecordSecurityEvent securityEvents, SignStationCertificate certificates,
                                     RecordReportedStatus reportedStatus) {
    public Ocpp16SecurityServices {
        if (securityEvents == null || certificates == null || reportedStatus == null) {
            throw new IllegalArgumentException("every security service is required");
        }
    }
}
