package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.name;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenRepository;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.authorization.TokenType;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@link TokenRepository} on PostgreSQL: table {@code id_tokens}. */
public final class PgTokenRepository implements TokenRepository {
    private static final String COLUMNS = "id_token, status, expires_at, group_id, created_at, token_type";
    private static final Listing<RegisteredToken> LISTING =
            new Listing<>("id_tokens", COLUMNS, "id_token", (row, ctx) -> tokenOf(row));

    private final Jdbi jdbi;

    public PgTokenRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean insert(RegisteredToken token) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO id_tokens (id_token, status, expires_at, group_id, created_at, token_type)
                        VALUES (:idToken, :status, :expiresAt, :groupId, :createdAt, :type)
                        ON CONFLICT (id_token) DO NOTHING""")
                .bind("idToken", token.idToken().value())
                .bind("status", name(token.status()))
                .bind("expiresAt", token.expiresAt())
                .bind("groupId", valueOf(token.groupId()))
                .bind("createdAt", token.createdAt())
                .bind("type", token.type().name())
                .execute()) > 0;
    }

    @Override
    public Optional<RegisteredToken> find(IdToken idToken) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM id_tokens WHERE id_token = :idToken")
                .bind("idToken", idToken.value())
                .map((row, ctx) -> tokenOf(row))
                .findOne());
    }

    @Override
    public Page<RegisteredToken> list(TokenStatus status, PageRequest page) {
        Where where = new Where().and("status = :status", "status", name(status));
        return jdbi.inTransaction(handle -> LISTING.page(handle, where, page));
    }

    /** Replaces status, expiry, group and type; the creation time stays as it was. */
    @Override
    public void update(RegisteredToken token) {
        int updated = jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE id_tokens SET status = :status, expires_at = :expiresAt, group_id = :groupId,
                            token_type = :type
                        WHERE id_token = :idToken""")
                .bind("idToken", token.idToken().value())
                .bind("status", name(token.status()))
                .bind("expiresAt", token.expiresAt())
                .bind("groupId", valueOf(token.groupId()))
                .bind("type", token.type().name())
                .execute());
        if (updated == 0) {
            throw new NotFound("id token", token.idToken());
        }
    }

    @Override
    public boolean delete(IdToken idToken) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM id_tokens WHERE id_token = :idToken")
                .bind("idToken", idToken.value())
                .execute()) > 0;
    }

    private static RegisteredToken tokenOf(ResultSet row) throws SQLException {
        String groupId = row.getString("group_id");
        return new RegisteredToken(IdToken.of(row.getString("id_token")), enumValue(row, "status", TokenStatus.class),
                instant(row, "expires_at"), groupId == null ? null : IdToken.of(groupId),
                instant(row, "created_at"), enumValue(row, "token_type", TokenType.class));
    }

    private static String valueOf(IdToken idToken) {
        return idToken == null ? null : idToken.value();
    }
}
