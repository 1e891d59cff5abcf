package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.InvalidInput;

/**
 * The security profiles of the OCPP 1.6 Security Whitepaper (edition 3, §2): how a station proves who it is
 * and how its connection is protected. A station's recorded profile is the least it may connect with; the
 * whitepaper forbids falling back to a lower one.
 */
public enum SecurityProfile {
    /** 1: unsecured transport (ws://), HTTP Basic Auth. */
    BASIC_AUTH(1),
    /** 2: TLS with the central system's server certificate (wss://), HTTP Basic Auth. */
    TLS_BASIC_AUTH(2),
    /** 3: TLS with a client certificate on both sides; the station is known by its certificate. */
    TLS_CLIENT_CERTIFICATE(3);

    private final int number;

    SecurityProfile(int number) {
        this.number = number;
    }

    /** The number the SecurityProfile configuration key holds. */
    public int number() {
        return number;
    }

    public boolean requiresTls() {
        return this != BASIC_AUTH;
    }

    public static SecurityProfile of(int number) {
        for (SecurityProfile profile : values()) {
            if (profile.number == number) {
                return profile;
            }
        }
        throw new InvalidInput("securityProfile", "must be 1, 2 or 3");
    }
}
