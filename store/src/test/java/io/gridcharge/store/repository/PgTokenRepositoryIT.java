package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.aToken;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgTokenRepositoryIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private PgTokenRepository tokens;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.emptyAllTables(db.jdbi());
        tokens = new PgTokenRepository(db.jdbi());
    }

    @Test
    void anIssuedTokenIsFoundWithItsExpiryAndGroup() {
        RegisteredToken token = aToken("04A2B3C4D5").expiringAt(minutes(60)).inGroup("FLEET-1").build();

        assertThat(tokens.insert(token)).isTrue();

        assertThat(tokens.find(IdToken.of("04A2B3C4D5"))).contains(token);
    }

    @Test
    void aTokenWithoutExpiryOrGroupIsFoundAsIssued() {
        RegisteredToken token = aToken("TAG-1").build();
        tokens.insert(token);

        assertThat(tokens.find(IdToken.of("TAG-1"))).contains(token);
        assertThat(tokens.find(IdToken.of("TAG-2"))).isEmpty();
    }

    @Test
    void issuingAKnownTokenAgainChangesNothing() {
        tokens.insert(aToken("TAG-1").build());

        boolean inserted = tokens.insert(aToken("TAG-1").withStatus(TokenStatus.BLOCKED).build());

        assertThat(inserted).isFalse();
        assertThat(tokens.find(IdToken.of("TAG-1")).orElseThrow().status()).isEqualTo(TokenStatus.ACCEPTED);
    }

    @Test
    void anUpdateReplacesStatusExpiryAndGroup() {
        tokens.insert(aToken("TAG-1").expiringAt(minutes(60)).inGroup("FLEET-1").build());
        RegisteredToken blocked = aToken("TAG-1").withStatus(TokenStatus.BLOCKED).build();

        tokens.update(blocked);

        assertThat(tokens.find(IdToken.of("TAG-1"))).contains(blocked);
    }

    @Test
    void updatingAnUnknownTokenIsNotFound() {
        assertThatThrownBy(() -> tokens.update(aToken("TAG-1").build())).isInstanceOf(NotFound.class);
    }

    @Test
    void aDeletedTokenIsGone() {
        tokens.insert(aToken("TAG-1").build());

        assertThat(tokens.delete(IdToken.of("TAG-1"))).isTrue();

        assertThat(tokens.find(IdToken.of("TAG-1"))).isEmpty();
        assertThat(tokens.delete(IdToken.of("TAG-1"))).isFalse();
    }

    @Test
    void tokensAreListedByIdInPagesAndFilteredByStatus() {
        for (String id : new String[] {"TAG-4", "TAG-2", "TAG-5", "TAG-1", "TAG-3"}) {
            tokens.insert(aToken(id).build());
        }
        tokens.insert(aToken("TAG-0").withStatus(TokenStatus.BLOCKED).build());

        Page<RegisteredToken> all = tokens.list(null, new PageRequest(1, 2));
        Page<RegisteredToken> accepted = tokens.list(TokenStatus.ACCEPTED, new PageRequest(0, 2));
        Page<RegisteredToken> blocked = tokens.list(TokenStatus.BLOCKED, PageRequest.first(10));

        assertThat(all.items()).extracting(t -> t.idToken().value()).containsExactly("TAG-2", "TAG-3");
        assertThat(all.total()).isEqualTo(6);
        assertThat(accepted.items()).extracting(t -> t.idToken().value()).containsExactly("TAG-1", "TAG-2");
        assertThat(accepted.total()).isEqualTo(5);
        assertThat(blocked.items()).extracting(t -> t.idToken().value()).containsExactly("TAG-0");
    }
}
