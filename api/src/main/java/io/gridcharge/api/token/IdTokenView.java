package io.gridcharge.api.token;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.authorization.RegisteredToken;
import java.time.Instant;

public record IdTokenView(String idToken, String status, Instant expiresAt, String groupId, Instant createdAt,
                          String type) {
    static IdTokenView of(RegisteredToken token) {
        return new IdTokenView(token.idToken().value(), Vocabulary.TOKEN_STATUS.name(token.status()), token.expiresAt(),
                token.groupId() == null ? null : token.groupId().value(), token.createdAt(),
                Vocabulary.TOKEN_TYPE.name(token.type()));
    }
}
