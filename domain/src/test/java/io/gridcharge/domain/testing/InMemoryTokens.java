package io.gridcharge.domain.testing;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenRepository;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** TokenRepository in memory. */
public final class InMemoryTokens implements TokenRepository {
    private final Map<IdToken, RegisteredToken> tokens = new ConcurrentHashMap<>();

    @Override
    public boolean insert(RegisteredToken token) {
        return tokens.putIfAbsent(token.idToken(), token) == null;
    }

    @Override
    public Optional<RegisteredToken> find(IdToken idToken) {
        return Optional.ofNullable(tokens.get(idToken));
    }

    @Override
    public Page<RegisteredToken> list(TokenStatus status, PageRequest page) {
        return Fakes.page(tokens.values().stream()
                .filter(t -> status == null || t.status() == status)
                .sorted(Comparator.comparing(t -> t.idToken().value()))
                .toList(), page);
    }

    @Override
    public void update(RegisteredToken token) {
        tokens.replace(token.idToken(), token);
    }

    @Override
    public boolean delete(IdToken idToken) {
        return tokens.remove(idToken) != null;
    }
}
