package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.Require;
import java.time.Instant;

/**
 * A certificate the platform's CA issued: its serial number (hex), the PEM chain a station installs (the
 * certificate first, then the CAs above it up to, not including, the root) and when it expires.
 */
public record IssuedCertificate(String serialNumber, String certificateChainPem, Instant notAfter) {
    public IssuedCertificate {
        Require.present(serialNumber, "serialNumber");
        Require.present(certificateChainPem, "certificateChainPem");
        Require.present(notAfter, "notAfter");
    }
}
