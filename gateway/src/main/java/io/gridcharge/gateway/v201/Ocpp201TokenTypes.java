package io.gridcharge.gateway.v201;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.TokenType;
import io.gridcharge.ocpp.v201.types.IdTokenEnumType;
import io.gridcharge.ocpp.v201.types.IdTokenType;

/**
 * The domain's {@link TokenType} as 2.0.1's IdTokenEnumType and back. A token the platform holds no type for
 * (one it does not know, or a group, which is a platform-made grouping) leaves as Central: an id the CSMS
 * made (C01 IdTokenEnumType).
 */
final class Ocpp201TokenTypes {

    private Ocpp201TokenTypes() {
    }

    static IdTokenType token(IdToken token, TokenType type) {
        return IdTokenType.of(token.value(), type == null ? IdTokenEnumType.Central : wire(type));
    }

    static IdTokenType group(IdToken group) {
        return IdTokenType.of(group.value(), IdTokenEnumType.Central);
    }

    static IdTokenEnumType wire(TokenType type) {
        return switch (type) {
            case CENTRAL -> IdTokenEnumType.Central;
            case EMAID -> IdTokenEnumType.eMAID;
            case ISO14443 -> IdTokenEnumType.ISO14443;
            case ISO15693 -> IdTokenEnumType.ISO15693;
            case KEY_CODE -> IdTokenEnumType.KeyCode;
            case LOCAL -> IdTokenEnumType.Local;
            case MAC_ADDRESS -> IdTokenEnumType.MacAddress;
            case NO_AUTHORIZATION -> IdTokenEnumType.NoAuthorization;
        };
    }

    static TokenType domain(IdTokenEnumType type) {
        return switch (type) {
            case Central -> TokenType.CENTRAL;
            case eMAID -> TokenType.EMAID;
            case ISO14443 -> TokenType.ISO14443;
            case ISO15693 -> TokenType.ISO15693;
            case KeyCode -> TokenType.KEY_CODE;
            case Local -> TokenType.LOCAL;
            case MacAddress -> TokenType.MAC_ADDRESS;
            case NoAuthorization -> TokenType.NO_AUTHORIZATION;
        };
    }
}
