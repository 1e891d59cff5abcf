package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 OCSPRequestDataType: what an OCSP responder needs to tell the status of a certificate: its hash data
 * and the responder's URL.
 *
 * @param issuerNameHash Hashed value of the Issuer DN (Distinguished Name).
 * @param issuerKeyHash Hashed value of the issuers public key
 * @param serialNumber The serial number of the certificate.
 * @param responderURL This contains the responder URL (Case insensitive).
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record OCSPRequestDataType(
        HashAlgorithmEnumType hashAlgorithm,
        String issuerNameHash,
        String issuerKeyHash,
        String serialNumber,
        String responderURL,
        CustomDataType customData) {

    public OCSPRequestDataType {
        Require.present(hashAlgorithm, "hashAlgorithm");
        Require.present(issuerNameHash, "issuerNameHash");
        Require.maxLength(issuerNameHash, 128, "issuerNameHash");
        Require.present(issuerKeyHash, "issuerKeyHash");
        Require.maxLength(issuerKeyHash, 128, "issuerKeyHash");
        Require.present(serialNumber, "serialNumber");
        Require.maxLength(serialNumber, 40, "serialNumber");
        Require.present(responderURL, "responderURL");
        Require.maxLength(responderURL, 512, "responderURL");
    }

    /** The required fields only. */
    public static OCSPRequestDataType of(
            HashAlgorithmEnumType hashAlgorithm,
            String issuerNameHash,
            String issuerKeyHash,
            String serialNumber,
            String responderURL) {
        return new OCSPRequestDataType(hashAlgorithm, issuerNameHash, issuerKeyHash, serialNumber, responderURL, null);
    }
}
