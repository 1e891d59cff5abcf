package io.gridcharge.domain.authorization;

import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.time.Clock;

/** What an operator does with tokens: issue, block, expire, remove. */
public final class TokenAdministration {
    private final TokenRepository tokens;
    private final Clock clock;

    public TokenAdministration(TokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public RegisteredToken issue(IdToken idToken, TokenStatus status, java.time.Instant expiresAt, IdToken groupId) {
        return issue(idToken, status, expiresAt, groupId, null);
    }

    /** {@code type} null is the default, ISO14443 (see {@link TokenType}). */
    public RegisteredToken issue(IdToken idToken, TokenStatus status, java.time.Instant expiresAt, IdToken groupId,
                                 TokenType type) {
        RegisteredToken token = new RegisteredToken(idToken, status == null ? TokenStatus.ACCEPTED : status,
                expiresAt, groupId, clock.instant(), type);
        if (!tokens.insert(token)) {
            throw new Conflict("id token " + idToken + " exists already");
        }
        return token;
    }

    public RegisteredToken get(IdToken idToken) {
        return tokens.find(idToken).orElseThrow(() -> new NotFound("id token", idToken));
    }

    public Page<RegisteredToken> list(TokenStatus status, PageRequest page) {
        return tokens.list(status, page);
    }

    /** Replaces the status, expiry and group; {@code clearExpiry}/{@code clearGroup} remove them. */
    public RegisteredToken change(IdToken idToken, TokenStatus status, java.time.Instant expiresAt, boolean clearExpiry,
                                  IdToken groupId, boolean clearGroup) {
        return change(idToken, status, expiresAt, clearExpiry, groupId, clearGroup, null);
    }

    /** As above; {@code type} null keeps the token's type. */
    public RegisteredToken change(IdToken idToken, TokenStatus status, java.time.Instant expiresAt, boolean clearExpiry,
                                  IdToken groupId, boolean clearGroup, TokenType type) {
        RegisteredToken current = get(idToken);
        RegisteredToken changed = new RegisteredToken(idToken,
                status != null ? status : current.status(),
                clearExpiry ? null : expiresAt != null ? expiresAt : current.expiresAt(),
                clearGroup ? null : groupId != null ? groupId : current.groupId(),
                current.createdAt(), type != null ? type : current.type());
        tokens.update(changed);
        return changed;
    }

    public void remove(IdToken idToken) {
        if (!tokens.delete(idToken)) {
            throw new NotFound("id token", idToken);
        }
    }
}
