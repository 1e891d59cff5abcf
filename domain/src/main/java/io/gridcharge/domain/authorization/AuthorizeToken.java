package io.gridcharge.domain.authorization;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * May this token charge now? Unknown tokens are Invalid; a token past its expiry is Expired whatever its
 * stored status (OCPP 1.6 §4.1: the answer's expiryDate tells the station how long it may cache it).
 */
public final class AuthorizeToken {
    private final TokenRepository tokens;
    private final Clock clock;
    private final ChargingPermission permission;

    public AuthorizeToken(TokenRepository tokens, Clock clock) {
        this(tokens, clock, ChargingPermission.ANY);
    }

    public AuthorizeToken(TokenRepository tokens, Clock clock, ChargingPermission permission) {
        this.tokens = tokens;
        this.clock = clock;
        this.permission = permission;
    }

    /**
     * May this token charge at this station? As {@link #authorize(IdToken)}, and an Accepted token the charging
     * permission refuses (a wallet below the site's minimum) is Blocked, without an expiry so the station does
     * not keep that answer longer than its cache rules say (OCPP 1.6 §3.5.1).
     */
    public Authorization authorize(io.gridcharge.domain.station.StationId station, IdToken idToken) {
        return authorize(station, idToken, null);
    }

    /** As {@link #authorize(io.gridcharge.domain.station.StationId, IdToken)}, for a token presented as a type (C01). */
    public Authorization authorize(io.gridcharge.domain.station.StationId station, IdToken idToken,
                                   TokenType presentedAs) {
        Authorization authorization = authorize(idToken, presentedAs);
        if (authorization.accepted() && permission.refusal(station, idToken).isPresent()) {
            return new Authorization(AuthorizationStatus.BLOCKED, null, authorization.groupId());
        }
        return authorization;
    }

    public Authorization authorize(IdToken idToken) {
        return authorize(idToken, null);
    }

    /**
     * OCPP 2.0.1 C01: a token is its value and its type together, so a known value presented as another type
     * (a card's UID typed in as a KeyCode) is a token the platform does not know: Invalid.
     */
    public Authorization authorize(IdToken idToken, TokenType presentedAs) {
        Instant now = clock.instant();
        return tokens.find(idToken)
                .filter(token -> presentedAs == null || token.type() == presentedAs)
                .map(token -> token.authorizationAt(now))
                .orElse(Authorization.of(AuthorizationStatus.INVALID));
    }

    /** The type a token is registered with, to name it to a 2.0.1 station; empty for a token nobody issued. */
    public Optional<TokenType> typeOf(IdToken idToken) {
        return tokens.find(idToken).map(RegisteredToken::type);
    }
}
