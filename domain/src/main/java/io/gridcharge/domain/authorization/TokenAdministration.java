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
        RegisteredToken token = new RegisteredToken(idToken, status == null ? TokenStatus.ACCEPTED : status,
                expiresAt, groupId, clock.instant());
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
        RegisteredToken current = get(idToken);
        RegisteredToken changed = new RegisteredToken(idToken,
                status != null ? status : current.status(),
                clearExpiry ? null : expiresAt != null ? expiresAt : current.expiresAt(),
                clearGroup ? null : groupId != null ? groupId : current.groupId(),
                current.createdAt());
        tokens.update(changed);
        return changed;
    }

    public void remove(IdToken idToken) {
        if (!tokens.delete(idToken)) {
            throw new NotFound("id token", idToken);
        }
    }
}
