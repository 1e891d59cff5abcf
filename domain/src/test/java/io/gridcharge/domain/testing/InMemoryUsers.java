package io.gridcharge.domain.testing;

import io.gridcharge.domain.tenant.User;
import io.gridcharge.domain.tenant.UserRepository;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** UserRepository in memory. */
public final class InMemoryUsers implements UserRepository {
    private record Session(String username, Instant expiresAt) {
    }

    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public boolean insert(User user) {
        return users.putIfAbsent(user.username(), user) == null;
    }

    @Override
    public Optional<User> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public boolean anyUser() {
        return !users.isEmpty();
    }

    @Override
    public Page<User> list(PageRequest page) {
        List<User> sorted = users.values().stream().sorted(Comparator.comparing(User::username)).toList();
        List<User> items = sorted.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), sorted.size());
    }

    @Override
    public boolean updateAccess(String username, boolean blocked, Instant expiresAt) {
        return users.computeIfPresent(username, (name, u) -> u.withAccess(blocked, expiresAt)) != null;
    }

    @Override
    public void saveSession(String tokenHash, String username, Instant expiresAt) {
        sessions.put(tokenHash, new Session(username, expiresAt));
    }

    @Override
    public Optional<User> findBySession(String tokenHash, Instant now) {
        return Optional.ofNullable(sessions.get(tokenHash))
                .filter(s -> now.isBefore(s.expiresAt()))
                .flatMap(s -> find(s.username()));
    }

    @Override
    public void deleteSession(String tokenHash) {
        sessions.remove(tokenHash);
    }

    public int sessionCount() {
        return sessions.size();
    }
}
