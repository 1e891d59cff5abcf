package io.gridcharge.domain.authorization;

/**
 * How a token is read or made (OCPP 2.0.1 IdTokenEnumType): an RFID card's UID (ISO 14443 or 15693), a
 * contract id (eMAID), a vehicle's MAC address, a key code, a locally or centrally made id, or no
 * authorization at all. 2.0.1 names a token by its value and its type together (C01); 1.6 knows only the
 * value, and its tokens are read as RFID cards, ISO14443 (the default).
 */
public enum TokenType {
    CENTRAL("Central"), EMAID("eMAID"), ISO14443("ISO14443"), ISO15693("ISO15693"), KEY_CODE("KeyCode"),
    LOCAL("Local"), MAC_ADDRESS("MacAddress"), NO_AUTHORIZATION("NoAuthorization");

    /** What a token is taken to be when nobody said: an RFID card, as 1.6 tokens are. */
    public static final TokenType DEFAULT = ISO14443;

    private final String label;

    TokenType(String label) {
        this.label = label;
    }

    /** The name as OCPP 2.0.1 spells it, used on the wire and in the API. */
    public String label() {
        return label;
    }

    /** The type spelt {@code label} (as {@link #label()} spells it); null for null or a name it does not know. */
    public static TokenType ofLabel(String label) {
        for (TokenType type : values()) {
            if (type.label.equals(label)) {
                return type;
            }
        }
        return null;
    }
}
