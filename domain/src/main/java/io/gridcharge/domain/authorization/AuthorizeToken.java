package io.gridcharge.domain.authorization;

import java.time.Clock;
import java.time.Instant;

/**
 * May this token charge now? Unknown tokens are Invalid; a token past its expiry is Expired whatever its
 * stored status (OCPP 1.6 §4.1: the answer's expiryDate tells the station how long it may cache it).
 */
public final class AuthorizeToken {
    private final TokenRepository tokens;
    private final Clock clock;

    public AuthorizeToken(TokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public Authorization authorize(IdToken idToken) {
        Instant now = clock.instant();
        return tokens.find(idToken)
                .map(token -> token.authorizationAt(now))
                .orElse(Authorization.of(AuthorizationStatus.INVALID));
    }
}
