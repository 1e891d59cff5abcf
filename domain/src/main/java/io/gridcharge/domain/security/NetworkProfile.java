package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.Require;
import java.util.Set;

/**
 * The connection data a 2.0.1 station is given for one of its configuration slots (B09 SetNetworkProfile,
 * NetworkConnectionProfileType): where the CSMS is, over which interface, with which security profile, and
 * optionally the mobile network (APN) and VPN it goes through. The passwords and keys in it are secrets:
 * {@link #toString()} hides them, and the message journal redacts them.
 */
public record NetworkProfile(String csmsUrl, int messageTimeoutSeconds, SecurityProfile securityProfile,
                             String ocppInterface, Apn apn, Vpn vpn) {
    /** OCPP 2.0.1 OCPPInterfaceEnumType. */
    private static final Set<String> INTERFACES = Set.of("Wired0", "Wired1", "Wired2", "Wired3",
            "Wireless0", "Wireless1", "Wireless2", "Wireless3");

    public NetworkProfile {
        Require.text(csmsUrl, 512, "ocppCsmsUrl");
        if (!csmsUrl.startsWith("ws://") && !csmsUrl.startsWith("wss://")) {
            throw new InvalidInput("ocppCsmsUrl", "must be a ws:// or wss:// URL");
        }
        if (securityProfile != null && securityProfile.number() > 1 && !csmsUrl.startsWith("wss://")) {
            throw new InvalidInput("ocppCsmsUrl", "must be wss:// for security profile 2 or 3 (TLS)");
        }
        if (messageTimeoutSeconds < 1) {
            throw new InvalidInput("messageTimeout", "must be 1 or more");
        }
        Require.present(securityProfile, "securityProfile");
        Require.present(ocppInterface, "ocppInterface");
        if (!INTERFACES.contains(ocppInterface)) {
            throw new InvalidInput("ocppInterface", "must be one of Wired0-3, Wireless0-3");
        }
    }

    /** A mobile network's access point (APNType). */
    public record Apn(String apn, String userName, String password, Integer simPin, String preferredNetwork,
                      boolean useOnlyPreferredNetwork, String authentication) {
        private static final Set<String> AUTHENTICATIONS = Set.of("CHAP", "NONE", "PAP", "AUTO");

        public Apn {
            Require.text(apn, 512, "apn.apn");
            Require.maxLength(userName, 20, "apn.apnUserName");
            Require.maxLength(password, 20, "apn.apnPassword");
            Require.maxLength(preferredNetwork, 6, "apn.preferredNetwork");
            Require.present(authentication, "apn.apnAuthentication");
            if (!AUTHENTICATIONS.contains(authentication)) {
                throw new InvalidInput("apn.apnAuthentication", "must be CHAP, NONE, PAP or AUTO");
            }
        }

        @Override
        public String toString() {
            return "Apn[" + apn + ", user " + userName + ", password and PIN hidden]";
        }
    }

    /** A VPN the station connects through (VPNType). */
    public record Vpn(String server, String user, String group, String password, String key, String type) {
        private static final Set<String> TYPES = Set.of("IKEv2", "IPSec", "L2TP", "PPTP");

        public Vpn {
            Require.text(server, 512, "vpn.server");
            Require.text(user, 20, "vpn.user");
            Require.maxLength(group, 20, "vpn.group");
            Require.text(password, 20, "vpn.password");
            Require.text(key, 255, "vpn.key");
            Require.present(type, "vpn.type");
            if (!TYPES.contains(type)) {
                throw new InvalidInput("vpn.type", "must be IKEv2, IPSec, L2TP or PPTP");
            }
        }

        @Override
        public String toString() {
            return "Vpn[" + server + ", user " + user + ", " + type + ", password and key hidden]";
        }
    }
}
