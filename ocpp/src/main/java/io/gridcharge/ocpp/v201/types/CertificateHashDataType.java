package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 CertificateHashDataType: identifies a certificate by the hashes of its issuer's name and key and its
 * serial number.
 *
 * @param issuerNameHash Hashed value of the Issuer DN (Distinguished Name).
 * @param issuerKeyHash Hashed value of the issuers public key
 * @param serialNumber The serial number of the certificate.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record CertificateHashDataType(
        HashAlgorithmEnumType hashAlgorithm,
        String issuerNameHash,
        String issuerKeyHash,
        String serialNumber,
        CustomDataType customData) {

    public CertificateHashDataType {
        Require.present(hashAlgorithm, "hashAlgorithm");
        Require.present(issuerNameHash, "issuerNameHash");
        Require.maxLength(issuerNameHash, 128, "issuerNameHash");
        Require.present(issuerKeyHash, "issuerKeyHash");
        Require.maxLength(issuerKeyHash, 128, "issuerKeyHash");
        Require.present(serialNumber, "serialNumber");
        Require.maxLength(serialNumber, 40, "serialNumber");
    }

    /** The required fields only. */
    public static CertificateHashDataType of(
            HashAlgorithmEnumType hashAlgorithm,
            String issuerNameHash,
            String issuerKeyHash,
            String serialNumber) {
        return new CertificateHashDataType(hashAlgorithm, issuerNameHash, issuerKeyHash, serialNumber, null);
    }
}
