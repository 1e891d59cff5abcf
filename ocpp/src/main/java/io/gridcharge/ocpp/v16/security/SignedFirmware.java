package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 1.6 Security Whitepaper (edition 3), FirmwareType: where the image is, when to fetch and install it,
 * the PEM certificate it was signed with and the Base64 signature of the image.
 */
public record SignedFirmware(String location, Instant retrieveDateTime, Instant installDateTime,
                             String signingCertificate, String signature) {
    public SignedFirmware {
        Require.present(location, "location");
        Require.maxLength(location, 512, "location");
        Require.present(retrieveDateTime, "retrieveDateTime");
        Require.present(signingCertificate, "signingCertificate");
        Require.maxLength(signingCertificate, 5500, "signingCertificate");
        Require.present(signature, "signature");
        Require.maxLength(signature, 800, "signature");
    }
}
