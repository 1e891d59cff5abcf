package io.gridcharge.gateway.v16;

import io.gridcharge.domain.security.ReportedStatus;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.ocpp.v16.security.GenericStatus;
import io.gridcharge.ocpp.v16.security.LogStatusNotificationRequest;
import io.gridcharge.ocpp.v16.security.LogStatusNotificationResponse;
import io.gridcharge.ocpp.v16.security.SecurityEventNotificationRequest;
import io.gridcharge.ocpp.v16.security.SecurityEventNotificationResponse;
import io.gridcharge.ocpp.v16.security.SignCertificateRequest;
import io.gridcharge.ocpp.v16.security.SignCertificateResponse;
import io.gridcharge.ocpp.v16.security.SignedFirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v16.security.SignedFirmwareStatusNotificationResponse;

/** The calls of the OCPP 1.6 Security Whitepaper a station sends, one method each; used by {@link Ocpp16CallHandler}. */
final class SecurityCallHandler {
    private final StationId station;
    private final Ocpp16SecurityServices services;

    SecurityCallHandler(StationId station, Ocpp16SecurityServices services) {
        this.station = station;
        this.services = services;
    }

    /** Use case A04: stored; the critical ones raise an event. */
    SecurityEventNotificationResponse securityEvent(SecurityEventNotificationRequest request) {
        services.securityEvents().record(station, request.type(), request.timestamp(), request.techInfo());
        return new SecurityEventNotificationResponse();
    }

    /** Use cases A02/A03: Accepted when the platform's CA signed the request; CertificateSigned.req follows. */
    SignCertificateResponse signCertificate(SignCertificateRequest request) {
        boolean accepted = services.certificates().request(station, request.csr());
        return new SignCertificateResponse(accepted ? GenericStatus.Accepted : GenericStatus.Rejected);
    }

    LogStatusNotificationResponse logStatus(LogStatusNotificationRequest request) {
        services.reportedStatus().record(station, ReportedStatus.Kind.LOG_UPLOAD, request.status().name(),
                request.requestId());
        return new LogStatusNotificationResponse();
    }

    SignedFirmwareStatusNotificationResponse signedFirmwareStatus(SignedFirmwareStatusNotificationRequest request) {
        services.reportedStatus().record(station, ReportedStatus.Kind.SIGNED_FIRMWARE_UPDATE,
                request.status().name(), request.requestId());
        return new SignedFirmwareStatusNotificationResponse();
    }
}
