package io.gridcharge.domain.authorization;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.util.Optional;

/** Where tokens are kept. Each method is one database transaction. */
public interface TokenRepository {
    /** False when the token exists already (nothing is changed then). */
    boolean insert(RegisteredToken token);

    Optional<RegisteredToken> find(IdToken idToken);

    Page<RegisteredToken> list(TokenStatus status, PageRequest page);

    void update(RegisteredToken token);

    boolean delete(IdToken idToken);
}
