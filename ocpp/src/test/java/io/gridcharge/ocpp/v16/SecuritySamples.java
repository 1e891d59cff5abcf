package io.gridcharge.ocpp.v16;

import io.gridcharge.ocpp.v16.security.CertificateHashData;
import io.gridcharge.ocpp.v16.security.CertificateSignedRequest;
import io.gridcharge.ocpp.v16.security.CertificateSignedResponse;
import io.gridcharge.ocpp.v16.security.CertificateSignedStatus;
import io.gridcharge.ocpp.v16.security.CertificateUse;
import io.gridcharge.ocpp.v16.security.DeleteCertificateRequest;
import io.gridcharge.ocpp.v16.security.DeleteCertificateResponse;
import io.gridcharge.ocpp.v16.security.DeleteCertificateStatus;
import io.gridcharge.ocpp.v16.security.ExtendedMessageTrigger;
import io.gridcharge.ocpp.v16.security.ExtendedTriggerMessageRequest;
import io.gridcharge.ocpp.v16.security.ExtendedTriggerMessageResponse;
import io.gridcharge.ocpp.v16.security.ExtendedTriggerMessageStatus;
import io.gridcharge.ocpp.v16.security.GenericStatus;
import io.gridcharge.ocpp.v16.security.GetInstalledCertificateIdsRequest;
import io.gridcharge.ocpp.v16.security.GetInstalledCertificateIdsResponse;
import io.gridcharge.ocpp.v16.security.GetInstalledCertificateStatus;
import io.gridcharge.ocpp.v16.security.GetLogRequest;
import io.gridcharge.ocpp.v16.security.GetLogResponse;
import io.gridcharge.ocpp.v16.security.HashAlgorithm;
import io.gridcharge.ocpp.v16.security.InstallCertificateRequest;
import io.gridcharge.ocpp.v16.security.InstallCertificateResponse;
import io.gridcharge.ocpp.v16.security.InstallCertificateStatus;
import io.gridcharge.ocpp.v16.security.LogParameters;
import io.gridcharge.ocpp.v16.security.LogStatus;
import io.gridcharge.ocpp.v16.security.LogStatusNotificationRequest;
import io.gridcharge.ocpp.v16.security.LogStatusNotificationResponse;
import io.gridcharge.ocpp.v16.security.LogType;
import io.gridcharge.ocpp.v16.security.SecurityEventNotificationRequest;
import io.gridcharge.ocpp.v16.security.SecurityEventNotificationResponse;
import io.gridcharge.ocpp.v16.security.SignCertificateRequest;
import io.gridcharge.ocpp.v16.security.SignCertificateResponse;
import io.gridcharge.ocpp.v16.security.SignedFirmware;
import io.gridcharge.ocpp.v16.security.SignedFirmwareStatus;
import io.gridcharge.ocpp.v16.security.SignedFirmwareStatusNotificationRequest;
import io.gridcharge.ocpp.v16.security.SignedFirmwareStatusNotificationResponse;
import io.gridcharge.ocpp.v16.security.SignedUpdateFirmwareRequest;
import io.gridcharge.ocpp.v16.security.SignedUpdateFirmwareResponse;
import io.gridcharge.ocpp.v16.security.UpdateFirmwareStatus;
import io.gridcharge.ocpp.v16.security.UploadLogStatus;
import java.time.Instant;
import java.util.List;

/**
 * A realistic, fully populated instance of every request and response of the OCPP 1.6 Security Whitepaper
 * (edition 3): every optional field is set, so a schema check of the samples covers every field.
 */
public final class SecuritySamples {
    private static final String PEM_CSR = """
            -----BEGIN CERTIFICATE REQUEST-----
            MIHzMIGaAgEAMDgxDTALBgNVBAMMBENQLTExJzAlBgNVBAoMHkdyaWRDaGFyZ2Ug
            -----END CERTIFICATE REQUEST-----
            """;
    private static final String PEM_CERTIFICATE = """
            -----BEGIN CERTIFICATE-----
            MIIBhTCCASugAwIBAgIUQ2hhcmdlUG9pbnRDZXJ0aWZpY2F0ZTAKBggqhkjOPQQD
            -----END CERTIFICATE-----
            """;
    private static final CertificateHashData ROOT = new CertificateHashData(HashAlgorithm.SHA256,
            "3f9a1c0b7d2e4f8a6b5c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c",
            "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90", "5a17c0ffee");

    private SecuritySamples() {
    }

    public static SignCertificateRequest signCertificateRequest() {
        return new SignCertificateRequest(PEM_CSR);
    }

    public static SignCertificateResponse signCertificateResponse() {
        return new SignCertificateResponse(GenericStatus.Accepted);
    }

    public static CertificateSignedRequest certificateSignedRequest() {
        return new CertificateSignedRequest(PEM_CERTIFICATE + PEM_CERTIFICATE);
    }

    public static CertificateSignedResponse certificateSignedResponse() {
        return new CertificateSignedResponse(CertificateSignedStatus.Accepted);
    }

    public static InstallCertificateRequest installCertificateRequest() {
        return new InstallCertificateRequest(CertificateUse.CentralSystemRootCertificate, PEM_CERTIFICATE);
    }

    public static InstallCertificateResponse installCertificateResponse() {
        return new InstallCertificateResponse(InstallCertificateStatus.Accepted);
    }

    public static DeleteCertificateRequest deleteCertificateRequest() {
        return new DeleteCertificateRequest(ROOT);
    }

    public static DeleteCertificateResponse deleteCertificateResponse() {
        return new DeleteCertificateResponse(DeleteCertificateStatus.NotFound);
    }

    public static GetInstalledCertificateIdsRequest getInstalledCertificateIdsRequest() {
        return new GetInstalledCertificateIdsRequest(CertificateUse.ManufacturerRootCertificate);
    }

    public static GetInstalledCertificateIdsResponse getInstalledCertificateIdsResponse() {
        return new GetInstalledCertificateIdsResponse(GetInstalledCertificateStatus.Accepted, List.of(ROOT));
    }

    /** The lid of a station was opened. */
    public static SecurityEventNotificationRequest securityEventNotificationRequest() {
        return new SecurityEventNotificationRequest("TamperDetectionActivated",
                Instant.parse("2025-03-01T02:14:07Z"), "enclosure switch 2 opened");
    }

    public static SecurityEventNotificationResponse securityEventNotificationResponse() {
        return new SecurityEventNotificationResponse();
    }

    public static ExtendedTriggerMessageRequest extendedTriggerMessageRequest() {
        return new ExtendedTriggerMessageRequest(ExtendedMessageTrigger.StatusNotification, 1);
    }

    public static ExtendedTriggerMessageResponse extendedTriggerMessageResponse() {
        return new ExtendedTriggerMessageResponse(ExtendedTriggerMessageStatus.Accepted);
    }

    /** The security log of the last week, to the platform's upload URL, three tries a minute apart. */
    public static GetLogRequest getLogRequest() {
        return new GetLogRequest(LogType.SecurityLog, 17, 3, 60, new LogParameters(
                "https://csms.example.com/uploads/logs/CP-1", Instant.parse("2025-02-22T00:00:00Z"),
                Instant.parse("2025-03-01T00:00:00Z")));
    }

    public static GetLogResponse getLogResponse() {
        return new GetLogResponse(LogStatus.Accepted, "CP-1-security-20250301.log");
    }

    public static LogStatusNotificationRequest logStatusNotificationRequest() {
        return new LogStatusNotificationRequest(UploadLogStatus.Uploaded, 17);
    }

    public static LogStatusNotificationResponse logStatusNotificationResponse() {
        return new LogStatusNotificationResponse();
    }

    public static SignedUpdateFirmwareRequest signedUpdateFirmwareRequest() {
        return new SignedUpdateFirmwareRequest(3, 120, 9, new SignedFirmware(
                "https://csms.example.com/firmware/acme-4.2.1.bin", Instant.parse("2025-03-02T01:00:00Z"),
                Instant.parse("2025-03-02T03:00:00Z"), PEM_CERTIFICATE,
                "MEUCIQDx3mLk1mTbWzVqWGm0sO3kq2mFv6wUe8T1bKc6Q2y0AQIgb4m1PzZ2q0h1w5r2T5b0m3c4f6g7h8j9k0l1m2n3o4p="));
    }

    public static SignedUpdateFirmwareResponse signedUpdateFirmwareResponse() {
        return new SignedUpdateFirmwareResponse(UpdateFirmwareStatus.Accepted);
    }

    public static SignedFirmwareStatusNotificationRequest signedFirmwareStatusNotificationRequest() {
        return new SignedFirmwareStatusNotificationRequest(SignedFirmwareStatus.SignatureVerified, 9);
    }

    public static SignedFirmwareStatusNotificationResponse signedFirmwareStatusNotificationResponse() {
        return new SignedFirmwareStatusNotificationResponse();
    }
}
