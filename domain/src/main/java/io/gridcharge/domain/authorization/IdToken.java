package io.gridcharge.domain.authorization;

import io.gridcharge.domain.shared.Require;

/**
 * What a driver presents: an RFID card's UID, an app token, a contract id. At most 36 characters
 * (OCPP 2.0.1 IdTokenType; 1.6 idTag is at most 20, which the 1.6 adapter checks on the wire).
 */
public record IdToken(String value) {
    public IdToken {
        Require.text(value, 36, "idToken");
    }

    public static IdToken of(String value) {
        return new IdToken(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
