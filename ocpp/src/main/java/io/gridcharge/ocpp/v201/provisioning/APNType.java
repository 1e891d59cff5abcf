package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 APNType: aPN Collection of configuration data needed to make a data-connection over a cellular
 * network.
 *
 * @param apn The Access Point Name as an URL.
 * @param apnUserName APN username.
 * @param apnPassword APN Password.
 * @param simPin SIM card pin code.
 * @param preferredNetwork Preferred network, written as MCC and MNC concatenated.
 * @param useOnlyPreferredNetwork Default: Absent means false (schema default).
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record APNType(
        String apn,
        String apnUserName,
        String apnPassword,
        Integer simPin,
        String preferredNetwork,
        Boolean useOnlyPreferredNetwork,
        APNAuthenticationEnumType apnAuthentication,
        CustomDataType customData) {

    public APNType {
        Require.present(apn, "apn");
        Require.maxLength(apn, 512, "apn");
        Require.maxLength(apnUserName, 20, "apnUserName");
        Require.maxLength(apnPassword, 20, "apnPassword");
        Require.maxLength(preferredNetwork, 6, "preferredNetwork");
        Require.present(apnAuthentication, "apnAuthentication");
    }

    /** The required fields only. */
    public static APNType of(String apn, APNAuthenticationEnumType apnAuthentication) {
        return new APNType(apn, null, null, null, null, null, apnAuthentication, null);
    }
}
