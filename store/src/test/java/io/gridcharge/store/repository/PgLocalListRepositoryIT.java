package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.T0;
import static io.gridcharge.store.repository.Fixtures.aStation;
import static io.gridcharge.store.repository.Fixtures.aToken;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.localauth.LocalListOutcome;
import io.gridcharge.domain.localauth.LocalListSelection;
import io.gridcharge.domain.localauth.LocalListState;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgLocalListRepositoryIT {
    private static final StationId CP1 = StationId.of("CP-1");

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private PgLocalListRepository lists;
    private PgTokenRepository tokens;

    @BeforeEach
    void aStationAndSomeTokens() {
        Fixtures.emptyAllTables(db.jdbi());
        new PgStationRepository(db.jdbi()).insert(aStation("CP-1").build());
        lists = new PgLocalListRepository(db.jdbi());
        tokens = new PgTokenRepository(db.jdbi());
        tokens.insert(aToken("CARD-A").build());
        tokens.insert(aToken("FLEET-1").inGroup("FLEET").build());
        tokens.insert(aToken("FLEET-2").inGroup("FLEET").expiringAt(minutes(60)).build());
        tokens.insert(aToken("OTHER").inGroup("ELSE").build());
    }

    @Test
    void theChosenTokensAreTheNamedOnesAndTheMembersOfTheChosenGroups() {
        lists.replaceSelection(CP1, new LocalListSelection(Set.of(IdToken.of("CARD-A"), IdToken.of("GONE")),
                Set.of(IdToken.of("FLEET"))));

        assertThat(lists.selection(CP1).tokens()).extracting(IdToken::value).containsExactly("CARD-A", "GONE");
        assertThat(lists.selectedTokens(CP1)).extracting(t -> t.idToken().value())
                .containsExactly("CARD-A", "FLEET-1", "FLEET-2");
    }

    @Test
    void aNewChoiceReplacesTheOldOne() {
        lists.replaceSelection(CP1, new LocalListSelection(Set.of(IdToken.of("CARD-A")), Set.of()));
        lists.replaceSelection(CP1, new LocalListSelection(Set.of(), Set.of(IdToken.of("ELSE"))));

        assertThat(lists.selectedTokens(CP1)).extracting(RegisteredToken::idToken).containsExactly(IdToken.of("OTHER"));
    }

    @Test
    void versionNumbersStartAtOneAndAreNeverHandedOutTwice() {
        assertThat(lists.state(CP1)).isEqualTo(LocalListState.never());

        assertThat(lists.issueVersion(CP1)).isEqualTo(1);
        assertThat(lists.issueVersion(CP1)).isEqualTo(2);
        lists.recordRefused(CP1, LocalListOutcome.FAILED, T0);
        assertThat(lists.issueVersion(CP1)).isEqualTo(3);

        LocalListState state = lists.state(CP1);
        assertThat(state.issuedVersion()).isEqualTo(3);
        assertThat(state.stationVersion()).isNull();
        assertThat(state.lastOutcome()).isEqualTo(LocalListOutcome.FAILED);
    }

    @Test
    void anAcceptedUpdateRecordsTheVersionAndWhatTheStationHolds() {
        int version = lists.issueVersion(CP1);
        Map<IdToken, Authorization> held = Map.of(
                IdToken.of("CARD-A"), new Authorization(AuthorizationStatus.BLOCKED, minutes(30), IdToken.of("FLEET")),
                IdToken.of("FLEET-1"), Authorization.of(AuthorizationStatus.ACCEPTED));

        lists.recordAccepted(CP1, version, held, minutes(1));
        lists.recordAccepted(CP1, lists.issueVersion(CP1), Map.of(IdToken.of("FLEET-1"),
                Authorization.of(AuthorizationStatus.ACCEPTED)), minutes(2));

        LocalListState state = lists.state(CP1);
        assertThat(state.stationVersion()).isEqualTo(2);
        assertThat(state.held()).containsOnlyKeys(IdToken.of("FLEET-1"));
        assertThat(state.syncedAt()).isEqualTo(minutes(2));
        assertThat(state.lastOutcome()).isEqualTo(LocalListOutcome.ACCEPTED);
    }

    @Test
    void theHeldEntriesKeepTheirAnswerExpiryAndGroup() {
        Authorization blocked = new Authorization(AuthorizationStatus.BLOCKED, minutes(30), IdToken.of("FLEET"));
        lists.recordAccepted(CP1, lists.issueVersion(CP1), Map.of(IdToken.of("CARD-A"), blocked), minutes(1));

        assertThat(lists.state(CP1).held()).containsEntry(IdToken.of("CARD-A"), blocked);
    }
}
