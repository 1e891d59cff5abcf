package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 VPNType: vPN VPN Configuration settings
 *
 * @param server VPN Server Address
 * @param user VPN User
 * @param group VPN group.
 * @param password VPN Password.
 * @param key VPN shared secret.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record VPNType(
        String server,
        String user,
        String group,
        String password,
        String key,
        VPNEnumType type,
        CustomDataType customData) {

    public VPNType {
        Require.present(server, "server");
        Require.maxLength(server, 512, "server");
        Require.present(user, "user");
        Require.maxLength(user, 20, "user");
        Require.maxLength(group, 20, "group");
        Require.present(password, "password");
        Require.maxLength(password, 20, "password");
        Require.present(key, "key");
        Require.maxLength(key, 255, "key");
        Require.present(type, "type");
    }

    /** The required fields only. */
    public static VPNType of(String server, String user, String password, String key, VPNEnumType type) {
        return new VPNType(server, user, null, password, key, type, null);
    }
}
