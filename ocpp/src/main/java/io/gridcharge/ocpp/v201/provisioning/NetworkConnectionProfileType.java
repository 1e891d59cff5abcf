package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 NetworkConnectionProfileType: the NetworkConnectionProfile defines the functional and technical
 * parameters of a communication link.
 *
 * @param ocppCsmsUrl URL of the CSMS(s) that this Charging Station  communicates with.
 * @param messageTimeout Duration in seconds before a message send by the Charging Station via this network
 * connection times-out.
 * @param securityProfile This field specifies the security profile used when connecting to the CSMS with this
 * NetworkConnectionProfile.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NetworkConnectionProfileType(
        APNType apn,
        OCPPVersionEnumType ocppVersion,
        OCPPTransportEnumType ocppTransport,
        String ocppCsmsUrl,
        Integer messageTimeout,
        Integer securityProfile,
        OCPPInterfaceEnumType ocppInterface,
        VPNType vpn,
        CustomDataType customData) {

    public NetworkConnectionProfileType {
        Require.present(ocppVersion, "ocppVersion");
        Require.present(ocppTransport, "ocppTransport");
        Require.present(ocppCsmsUrl, "ocppCsmsUrl");
        Require.maxLength(ocppCsmsUrl, 512, "ocppCsmsUrl");
        Require.present(messageTimeout, "messageTimeout");
        Require.present(securityProfile, "securityProfile");
        Require.present(ocppInterface, "ocppInterface");
    }

    /** The required fields only. */
    public static NetworkConnectionProfileType of(
            OCPPVersionEnumType ocppVersion,
            OCPPTransportEnumType ocppTransport,
            String ocppCsmsUrl,
            Integer messageTimeout,
            Integer securityProfile,
            OCPPInterfaceEnumType ocppInterface) {
        return new NetworkConnectionProfileType(
                null, ocppVersion, ocppTransport, ocppCsmsUrl, messageTimeout, securityProfile,
                ocppInterface, null, null);
    }
}
