package io.gridcharge.ocpp.v201.firmware;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 2.0.1 FirmwareType: firmware Represents a copy of the firmware that can be loaded/updated on the Charging
 * Station.
 *
 * @param location URI defining the origin of the firmware.
 * @param retrieveDateTime Date and time at which the firmware shall be retrieved.
 * @param installDateTime Date and time at which the firmware shall be installed.
 * @param signingCertificate Certificate with which the firmware was signed.
 * @param signature Base64 encoded firmware signature.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record FirmwareType(
        String location,
        Instant retrieveDateTime,
        Instant installDateTime,
        String signingCertificate,
        String signature,
        CustomDataType customData) {

    public FirmwareType {
        Require.present(location, "location");
        Require.maxLength(location, 512, "location");
        Require.present(retrieveDateTime, "retrieveDateTime");
        Require.maxLength(signingCertificate, 5500, "signingCertificate");
        Require.maxLength(signature, 800, "signature");
    }

    /** The required fields only. */
    public static FirmwareType of(String location, Instant retrieveDateTime) {
        return new FirmwareType(location, retrieveDateTime, null, null, null, null);
    }
}
