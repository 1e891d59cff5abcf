package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.name;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.Role;
import io.gridcharge.domain.tenant.Scope;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.tenant.User;
import io.gridcharge.domain.tenant.UserRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link UserRepository} on PostgreSQL: tables {@code users} and {@code api_sessions}. */
public final class PgUserRepository implements UserRepository {

    private final Jdbi jdbi;

    private static final String COLUMNS = "u.username, u.password_hash, u.role, u.created_at, u.scope_operator, "
            + "u.scope_site, u.scope_wallet, u.blocked, u.expires_at";
    private static final Listing<User> LISTING =
            new Listing<>("users u", COLUMNS, "u.username", (row, ctx) -> userOf(row));

    public PgUserRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** False when the username is taken (two nodes bootstrapping the admin at once: one wins). */
    @Override
    public boolean insert(User user) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO users (username, password_hash, role, created_at, scope_operator, scope_site,
                            scope_wallet, blocked, expires_at)
                        VALUES (:username, :passwordHash, :role, :createdAt, :operator, :site, :wallet, :blocked,
                            :expiresAt)
                        ON CONFLICT (username) DO NOTHING""")
                .bind("username", user.username())
                .bind("passwordHash", user.passwordHash())
                .bind("role", name(user.role()))
                .bind("createdAt", user.createdAt())
                .bind("blocked", user.blocked())
                .bind("expiresAt", user.expiresAt())
                .bind("operator", user.scope().operator() == null ? null : user.scope().operator().value())
                .bind("site", user.scope().site() == null ? null : user.scope().site().value())
                .bind("wallet", user.scope().wallet())
                .execute()) > 0;
    }

    @Override
    public Optional<User> find(String username) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM users u WHERE username = :username")
                .bind("username", username)
                .map((row, ctx) -> userOf(row))
                .findOne());
    }

    @Override
    public boolean anyUser() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT EXISTS (SELECT 1 FROM users)")
                .mapTo(Boolean.class)
                .one());
    }

    @Override
    public Page<User> list(PageRequest page) {
        return jdbi.inTransaction(handle -> LISTING.page(handle, new Where(), page));
    }

    @Override
    public boolean updateAccess(String username, boolean blocked, Instant expiresAt) {
        return jdbi.withHandle(handle -> handle.createUpdate(
                        "UPDATE users SET blocked = :blocked, expires_at = :expiresAt WHERE username = :username")
                .bind("username", username)
                .bind("blocked", blocked)
                .bind("expiresAt", expiresAt)
                .execute()) > 0;
    }

    @Override
    public void saveSession(String tokenHash, String username, Instant expiresAt) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO api_sessions (token_hash, username, expires_at)
                        VALUES (:tokenHash, :username, :expiresAt)
                        ON CONFLICT (token_hash) DO UPDATE SET username = EXCLUDED.username,
                            expires_at = EXCLUDED.expires_at""")
                .bind("tokenHash", tokenHash)
                .bind("username", username)
                .bind("expiresAt", expiresAt)
                .execute());
    }

    @Override
    public Optional<User> findBySession(String tokenHash, Instant now) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM api_sessions s JOIN users u ON u.username = s.username
                        WHERE s.token_hash = :tokenHash AND s.expires_at > :now""")
                .bind("tokenHash", tokenHash)
                .bind("now", now)
                .map((row, ctx) -> userOf(row))
                .findOne());
    }

    @Override
    public void deleteSession(String tokenHash) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM api_sessions WHERE token_hash = :tokenHash")
                .bind("tokenHash", tokenHash)
                .execute());
    }

    private static User userOf(ResultSet row) throws SQLException {
        return new User(row.getString("username"), row.getString("password_hash"),
                enumValue(row, "role", Role.class), instant(row, "created_at"),
                new Scope(Optional.ofNullable(row.getString("scope_operator")).map(OperatorId::of).orElse(null),
                        Optional.ofNullable(row.getString("scope_site")).map(SiteId::of).orElse(null),
                        Columns.nullableLong(row, "scope_wallet")),
                row.getBoolean("blocked"), instant(row, "expires_at"));
    }
}
