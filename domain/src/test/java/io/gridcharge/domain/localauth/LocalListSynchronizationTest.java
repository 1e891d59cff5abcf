package io.gridcharge.domain.localauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryLocalLists;
import io.gridcharge.domain.testing.InMemoryStations;
import io.gridcharge.domain.testing.InMemoryTokens;
import io.gridcharge.domain.testing.ScriptedStationCommands;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalListSynchronizationTest {
    private static final StationId CP1 = StationId.of("CP-1");
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final Fakes.ManualClock clock = new Fakes.ManualClock(NOW);
    private final InMemoryStations stations = new InMemoryStations();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final InMemoryLocalLists lists = new InMemoryLocalLists(tokens);
    private final ScriptedStationCommands station = new ScriptedStationCommands();
    private final ChooseLocalList choose = new ChooseLocalList(lists, stations, tokens);
    private final SynchronizeLocalList synchronize = new SynchronizeLocalList(lists, stations, station, clock);
    private final CheckLocalListVersion check = new CheckLocalListVersion(lists, stations, station);

    @BeforeEach
    void aStationThatAnswersGetConfigurationWithoutLimits() {
        stations.insert(Station.registered(CP1, null, null, RegistrationStatus.ACCEPTED, NOW));
        station.answer(StationCommand.GetConfiguration.class, new CommandReply(null, List.of(), List.of(
                "LocalAuthListMaxLength", "SendLocalListMaxLength")));
    }

    @Test
    void theFirstSyncSendsTheWholeChosenListAsVersionOne() {
        token("CARD-A", TokenStatus.ACCEPTED, null);
        token("CARD-B", TokenStatus.BLOCKED, null);
        choose.choose(CP1, selection(Set.of("CARD-A", "CARD-B"), Set.of()));

        LocalListSync sync = synchronize.synchronize(CP1, false);

        StationCommand.SendLocalList sent = station.sent(StationCommand.SendLocalList.class).getFirst();
        assertThat(sent.full()).isTrue();
        assertThat(sent.listVersion()).isEqualTo(1);
        assertThat(sent.entries()).extracting(e -> e.idToken().value()).containsExactly("CARD-A", "CARD-B");
        assertThat(sent.entries()).extracting(e -> e.authorization().status())
                .containsExactly(AuthorizationStatus.ACCEPTED, AuthorizationStatus.BLOCKED);
        assertThat(sync.outcome()).isEqualTo(LocalListOutcome.ACCEPTED);
        assertThat(lists.state(CP1).stationVersion()).isEqualTo(1);
    }

    @Test
    void aGroupBringsEveryTokenThatBelongsToItWhenTheListIsSent() {
        token("FLEET-1", TokenStatus.ACCEPTED, "FLEET");
        choose.choose(CP1, selection(Set.of(), Set.of("FLEET")));
        token("FLEET-2", TokenStatus.ACCEPTED, "FLEET");
        token("OTHER", TokenStatus.ACCEPTED, "ELSE");

        synchronize.synchronize(CP1, false);

        assertThat(station.sent(StationCommand.SendLocalList.class).getFirst().entries())
                .extracting(e -> e.idToken().value()).containsExactly("FLEET-1", "FLEET-2");
    }

    @Test
    void aDifferentialCarriesOnlyTheChangesAndRemovesDroppedTokensWithoutAnAnswer() {
        token("CARD-A", TokenStatus.ACCEPTED, null);
        token("CARD-B", TokenStatus.ACCEPTED, null);
        token("CARD-C", TokenStatus.ACCEPTED, null);
        choose.choose(CP1, selection(Set.of("CARD-A", "CARD-B"), Set.of()));
        synchronize.synchronize(CP1, false);
        block("CARD-A");
        choose.choose(CP1, selection(Set.of("CARD-A", "CARD-C"), Set.of()));

        LocalListSync sync = synchronize.synchronize(CP1, false);

        StationCommand.SendLocalList differential = station.sent(StationCommand.SendLocalList.class).getLast();
        assertThat(differential.full()).isFalse();
        assertThat(differential.listVersion()).isEqualTo(2);
        assertThat(differential.entries()).extracting(e -> e.idToken().value(), LocalListEntry::isRemoval)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CARD-A", false),
                        org.assertj.core.groups.Tuple.tuple("CARD-C", false),
                        org.assertj.core.groups.Tuple.tuple("CARD-B", true));
        assertThat(differential.entries().getFirst().authorization().status()).isEqualTo(AuthorizationStatus.BLOCKED);
        assertThat(sync.version()).isEqualTo(2);
        assertThat(lists.state(CP1).held().keySet()).extracting(IdToken::value).containsExactly("CARD-A", "CARD-C");
    }

    @Test
    void nothingIsSentWhenTheStationHoldsTheChosenListAlready() {
        token("CARD-A", TokenStatus.ACCEPTED, null);
        choose.choose(CP1, selection(Set.of("CARD-A"), Set.of()));
        synchronize.synchronize(CP1, false);

        LocalListSync again = synchronize.synchronize(CP1, false);

        assertThat(again.upToDate()).isTrue();
        assertThat(again.version()).isEqualTo(1);
        assertThat(station.sent(StationCommand.SendLocalList.class)).hasSize(1);
    }

    @Test
    void versionMismatchOnADifferentialIsFollowedByTheWholeList() {
        token("CARD-A", TokenStatus.ACCEPTED, null);
        token("CARD-B", TokenStatus.ACCEPTED, null);
        choose.choose(CP1, selection(Set.of("CARD-A"), Set.of()));
        synchronize.synchronize(CP1, false);
        choose.choose(CP1, selection(Set.of("CARD-A", "CARD-B"), Set.of()));
        station.answer(StationCommand.SendLocalList.class, CommandReply.of("VersionMismatch"), CommandReply.of("Accepted"));

        LocalListSync sync = synchronize.synchronize(CP1, false);

        List<StationCommand.SendLocalList> sent = station.sent(StationCommand.SendLocalList.class);
        assertThat(sent).extracting(StationCommand.SendLocalList::full).containsExactly(true, false, true);
        assertThat(sent).extracting(StationCommand.SendLocalList::listVersion).containsExactly(1, 2, 3);
        assertThat(sent.getLast().entries()).hasSize(2);
        assertThat(sync.fellBackToFull()).isTrue();
        assertThat(sync.version()).isEqualTo(3);
    }

    @Test
    void aFailedUpdateKeepsTheVersionTheStationHadAndIsReported() {
        token("CARD-A", TokenStatus.ACCEPTED, null);
        choose.choose(CP1, selection(Set.of("CARD-A"), Set.of()));
        station.answer(StationCommand.SendLocalList.class, CommandReply.of("Failed"));

        LocalListSync sync = synchronize.synchronize(CP1, false);

        assertThat(sync.outcome()).isEqualTo(LocalListOutcome.FAILED);
        assertThat(sync.version()).isNull();
        assertThat(lists.state(CP1).stationVersion()).isNull();
        assertThat(lists.state(CP1).lastOutcome()).isEqualTo(LocalListOutcome.FAILED);
        assertThat(lists.state(CP1).issuedVersion()).isEqualTo(1);
    }

    @Test
    void aListLongerThanOneSendLocalListMayCarryGoesInParts() {
        station.answer(StationCommand.GetConfiguration.class, configuration("SendLocalListMaxLength", "2"));
        for (String card : List.of("C1", "C2", "C3", "C4", "C5")) {
            token(card, TokenStatus.ACCEPTED, null);
        }
        choose.choose(CP1, selection(Set.of("C1", "C2", "C3", "C4", "C5"), Set.of()));

        LocalListSync sync = synchronize.synchronize(CP1, true);

        List<StationCommand.SendLocalList> sent = station.sent(StationCommand.SendLocalList.class);
        assertThat(sent).extracting(s -> s.entries().size()).containsExactly(2, 2, 1);
        assertThat(sent).extracting(StationCommand.SendLocalList::full).containsExactly(true, false, false);
        assertThat(sync.updates()).isEqualTo(3);
        assertThat(lists.state(CP1).held()).hasSize(5);
    }

    @Test
    void aListLongerThanTheStationHoldsIsNotSent() {
        station.answer(StationCommand.GetConfiguration.class, configuration("LocalAuthListMaxLength", "1"));
        token("CARD-A", TokenStatus.ACCEPTED, null);
        token("CARD-B", TokenStatus.ACCEPTED, null);
        choose.choose(CP1, selection(Set.of("CARD-A", "CARD-B"), Set.of()));

        assertThatThrownBy(() -> synchronize.synchronize(CP1, false)).isInstanceOf(Conflict.class)
                .hasMessageContaining("at most 1");
        assertThat(station.sent(StationCommand.SendLocalList.class)).isEmpty();
    }

    @Test
    void aStationThatRefusesGetConfigurationIsTakenToHaveNoLimits() {
        token("CARD-A", TokenStatus.ACCEPTED, null);
        choose.choose(CP1, selection(Set.of("CARD-A"), Set.of()));
        station.failWith(StationCommand.GetConfiguration.class,
                new CommandFailure.Refused(CP1, "GetConfiguration", "NotImplemented", ""));

        LocalListSync sync = synchronize.synchronize(CP1, false);

        assertThat(sync.outcome()).isEqualTo(LocalListOutcome.ACCEPTED);
    }

    @Test
    void anUnknownTokenCannotBeChosen() {
        assertThatThrownBy(() -> choose.choose(CP1, selection(Set.of("NOBODY"), Set.of())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("NOBODY");
        assertThat(choose.selection(CP1).isEmpty()).isTrue();
    }

    @Test
    void theVersionCheckSetsTheStationsAnswerBesideThePlatformsBelief() {
        token("CARD-A", TokenStatus.ACCEPTED, null);
        choose.choose(CP1, selection(Set.of("CARD-A"), Set.of()));
        synchronize.synchronize(CP1, false);
        station.answer(StationCommand.GetLocalListVersion.class, CommandReply.of(null, new LocalListVersion(7)));

        LocalListVersionCheck checked = check.check(CP1);

        assertThat(checked.stationVersion()).isEqualTo(7);
        assertThat(checked.platformVersion()).isEqualTo(1);
        assertThat(checked.inSync()).isFalse();
    }

    private void token(String id, TokenStatus status, String group) {
        tokens.insert(new RegisteredToken(IdToken.of(id), status, null, group == null ? null : IdToken.of(group), NOW));
    }

    private void block(String id) {
        RegisteredToken token = tokens.find(IdToken.of(id)).orElseThrow();
        tokens.update(new RegisteredToken(token.idToken(), TokenStatus.BLOCKED, token.expiresAt(), token.groupId(),
                token.createdAt()));
    }

    private static LocalListSelection selection(Set<String> tokens, Set<String> groups) {
        return new LocalListSelection(
                tokens.stream().map(IdToken::of).collect(java.util.stream.Collectors.toSet()),
                groups.stream().map(IdToken::of).collect(java.util.stream.Collectors.toSet()));
    }

    private static CommandReply configuration(String key, String value) {
        return new CommandReply(null, List.of(new CommandReply.ConfigurationValue(key, true, value)), List.of());
    }
}
