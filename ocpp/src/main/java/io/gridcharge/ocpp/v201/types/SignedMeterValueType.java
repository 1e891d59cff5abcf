package io.gridcharge.ocpp.v201.types;

import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SignedMeterValueType: represent a signed version of the meter value.
 *
 * @param signedMeterData Base64 encoded, contains the signed data which might contain more then just the meter
 * value.
 * @param signingMethod Method used to create the digital signature.
 * @param encodingMethod Method used to encode the meter values before applying the digital signature algorithm.
 * @param publicKey Base64 encoded, sending depends on configuration variable PublicKeyWithSignedMeterValue.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SignedMeterValueType(
        String signedMeterData,
        String signingMethod,
        String encodingMethod,
        String publicKey,
        CustomDataType customData) {

    public SignedMeterValueType {
        Require.present(signedMeterData, "signedMeterData");
        Require.maxLength(signedMeterData, 2500, "signedMeterData");
        Require.present(signingMethod, "signingMethod");
        Require.maxLength(signingMethod, 50, "signingMethod");
        Require.present(encodingMethod, "encodingMethod");
        Require.maxLength(encodingMethod, 50, "encodingMethod");
        Require.present(publicKey, "publicKey");
        Require.maxLength(publicKey, 2500, "publicKey");
    }

    /** The required fields only. */
    public static SignedMeterValueType of(
            String signedMeterData,
            String signingMethod,
            String encodingMethod,
            String publicKey) {
        return new SignedMeterValueType(signedMeterData, signingMethod, encodingMethod, publicKey, null);
    }
}
