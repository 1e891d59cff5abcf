package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 1.6 Security Whitepaper (edition 3), CertificateHashDataType: names an installed certificate by the
 * hashes of its issuer's distinguished name and public key (hex) and its serial number (hex, without
 * leading zeroes).
 */
public record CertificateHashData(HashAlgorithm hashAlgorithm, String issuerNameHash, String issuerKeyHash,
                                  String serialNumber) {
    public CertificateHashData {
        Require.present(hashAlgorithm, "hashAlgorithm");
        Require.present(issuerNameHash, "issuerNameHash");
        Require.maxLength(issuerNameHash, 128, "issuerNameHash");
        Require.present(issuerKeyHash, "issuerKeyHash");
        Require.maxLength(issuerKeyHash, 128, "issuerKeyHash");
        Require.present(serialNumber, "serialNumber");
        Require.maxLength(serialNumber, 40, "serialNumber");
    }
}
