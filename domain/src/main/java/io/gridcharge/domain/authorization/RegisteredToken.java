package io.gridcharge.domain.authorization;

import io.gridcharge.domain.shared.Require;
import java.time.Instant;

/**
 * A token the platform knows. {@code groupId} is its parent (OCPP 1.6 parentIdTag, 2.0.1 groupIdToken):
 * tokens of one group may stop each other's transactions. {@code type} is how it is read (2.0.1 C01), which a
 * 2.0.1 station is told with the token and must present it as.
 */
public record RegisteredToken(IdToken idToken, TokenStatus status, Instant expiresAt, IdToken groupId,
                              Instant createdAt, TokenType type) {
    public RegisteredToken {
        Require.present(idToken, "idToken");
        Require.present(status, "status");
        Require.present(createdAt, "createdAt");
        type = type == null ? TokenType.DEFAULT : type;
    }

    /** A token of the default type, as 1.6 knows tokens. */
    public RegisteredToken(IdToken idToken, TokenStatus status, Instant expiresAt, IdToken groupId,
                           Instant createdAt) {
        this(idToken, status, expiresAt, groupId, createdAt, TokenType.DEFAULT);
    }

    public boolean isExpiredAt(Instant at) {
        return status == TokenStatus.EXPIRED || (expiresAt != null && !at.isBefore(expiresAt));
    }

    /** The answer a station gets for this token at {@code at}: past its expiry it is Expired whatever its status. */
    public Authorization authorizationAt(Instant at) {
        AuthorizationStatus answer = isExpiredAt(at) ? AuthorizationStatus.EXPIRED : switch (status) {
            case ACCEPTED -> AuthorizationStatus.ACCEPTED;
            case BLOCKED -> AuthorizationStatus.BLOCKED;
            case EXPIRED -> AuthorizationStatus.EXPIRED;
            case INVALID -> AuthorizationStatus.INVALID;
        };
        return new Authorization(answer, expiresAt, groupId);
    }
}
