package io.gridcharge.domain.localauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenStatus;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForgetCustomerTokenTest {
    private static final StationId CP1 = StationId.of("CP-1");
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    private final InMemoryStations stations = new InMemoryStations();
    private final InMemoryTokens tokens = new InMemoryTokens();
    private final InMemoryLocalLists lists = new InMemoryLocalLists(tokens);
    private final ScriptedStationCommands station = new ScriptedStationCommands();
    private final ChooseLocalList choose = new ChooseLocalList(lists, stations, tokens);
    private final SynchronizeLocalList synchronize = new SynchronizeLocalList(lists, stations, station,
            new Fakes.ManualClock(NOW));
    private final ForgetCustomerToken forget = new ForgetCustomerToken(choose, synchronize);

    @BeforeEach
    void aStationHoldingTwoCardsAndAFleet() {
        stations.insert(Station.registered(CP1, null, null, RegistrationStatus.ACCEPTED, NOW));
        station.answer(StationCommand.GetConfiguration.class, new CommandReply(null, List.of(), List.of(
                "LocalAuthListMaxLength", "SendLocalListMaxLength")));
        token("CARD-A", null);
        token("CARD-B", null);
        token("FLEET-1", "FLEET");
        choose.choose(CP1, new LocalListSelection(ids("CARD-A", "CARD-B"), ids("FLEET")));
        synchronize.synchronize(CP1, true);
    }

    @Test
    void aClearedCardLeavesTheSelectionAndADifferentialRemovesItUnderTheNextVersion() {
        Optional<LocalListSync> sync = forget.cleared(CP1, IdToken.of("CARD-A"));

        StationCommand.SendLocalList sent = station.sent(StationCommand.SendLocalList.class).getLast();
        assertThat(sent.full()).isFalse();
        assertThat(sent.listVersion()).isEqualTo(2);
        assertThat(sent.entries()).extracting(e -> e.idToken().value(), LocalListEntry::isRemoval)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CARD-A", true));
        assertThat(sync).hasValueSatisfying(s -> assertThat(s.version()).isEqualTo(2));
        assertThat(choose.selection(CP1).tokens()).extracting(IdToken::value).containsExactly("CARD-B");
        assertThat(lists.state(CP1).held().keySet()).extracting(IdToken::value)
                .containsExactly("CARD-B", "FLEET-1");
    }

    @Test
    void aTokenNotOnTheStationsListChangesNothing() {
        token("CARD-C", null);
        int before = station.sent(StationCommand.SendLocalList.class).size();

        assertThat(forget.cleared(CP1, IdToken.of("CARD-C"))).isEmpty();
        assertThat(station.sent(StationCommand.SendLocalList.class)).hasSize(before);
    }

    @Test
    void aTokenHeldThroughItsGroupStaysWithTheGroup() {
        int before = station.sent(StationCommand.SendLocalList.class).size();

        Optional<LocalListSync> sync = forget.cleared(CP1, IdToken.of("FLEET-1"));

        assertThat(sync).hasValueSatisfying(s -> assertThat(s.upToDate()).isTrue());
        assertThat(station.sent(StationCommand.SendLocalList.class)).hasSize(before);
        assertThat(choose.selection(CP1).groups()).extracting(IdToken::value).containsExactly("FLEET");
    }

    private void token(String id, String group) {
        tokens.insert(new RegisteredToken(IdToken.of(id), TokenStatus.ACCEPTED, null,
                group == null ? null : IdToken.of(group), NOW));
    }

    private static Set<IdToken> ids(String... values) {
        return Set.of(values).stream().map(IdToken::of).collect(Collectors.toSet());
    }
}
