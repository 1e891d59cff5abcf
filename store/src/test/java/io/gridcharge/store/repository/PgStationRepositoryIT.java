package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.T0;
import static io.gridcharge.store.repository.Fixtures.aStation;
import static io.gridcharge.store.repository.Fixtures.count;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.BootInfo;
import io.gridcharge.domain.station.Connector;
import io.gridcharge.domain.station.ConnectorStatus;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationQuery;
import io.gridcharge.store.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgStationRepositoryIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final StationId CP_1 = StationId.of("CP-1");

    private PgStationRepository stations;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.emptyAllTables(db.jdbi());
        stations = new PgStationRepository(db.jdbi());
    }

    @Test
    void aStationIsFoundAsItWasRegisteredWithBootAndConnectors() {
        Station station = aStation("CP-1").withPasswordHash("hash-1").bootedAs("Acme", "AC22").withConnectors(2)
                .build();

        assertThat(stations.insert(station)).isTrue();

        assertThat(stations.find(CP_1)).contains(station);
    }

    @Test
    void theHandshakesReadHasEverythingButTheConnectors() {
        Station station = aStation("CP-1").withPasswordHash("hash-1").withRegistration(RegistrationStatus.PENDING)
                .bootedAs("Acme", "AC22").withConnectors(2).build();
        stations.insert(station);

        Station found = stations.findWithoutConnectors(CP_1).orElseThrow();

        assertThat(found.passwordHash()).isEqualTo("hash-1");
        assertThat(found.registration()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(found.connectors()).isEmpty();
        assertThat(found).isEqualTo(new Station(station.id(), station.name(), station.passwordHash(),
                station.registration(), station.protocol(), station.boot(), station.lastBootAt(), station.lastSeen(),
                List.of(), station.createdAt()));
        assertThat(stations.findWithoutConnectors(StationId.of("nobody"))).isEmpty();
    }

    @Test
    void aNewStationHasNoBootAndNoConnectors() {
        Station station = aStation("CP-1").build();
        stations.insert(station);

        Station found = stations.find(CP_1).orElseThrow();

        assertThat(found.boot()).isNull();
        assertThat(found.connectors()).isEmpty();
        assertThat(found).isEqualTo(station);
    }

    @Test
    void registeringAnExistingIdChangesNothing() {
        stations.insert(aStation("CP-1").named("First").build());

        boolean inserted = stations.insert(aStation("CP-1").named("Second").withConnectors(1).build());

        assertThat(inserted).isFalse();
        assertThat(stations.find(CP_1).orElseThrow().name()).isEqualTo("First");
        assertThat(count(db.jdbi(), "connectors")).isZero();
    }

    @Test
    void anUnknownStationIsNotFound() {
        assertThat(stations.find(StationId.of("nobody"))).isEmpty();
    }

    @Test
    void administrationReplacesNamePasswordAndRegistration() {
        stations.insert(aStation("CP-1").withPasswordHash("old").withRegistration(RegistrationStatus.PENDING).build());

        stations.updateAdministration(CP_1, "Garage", "new", RegistrationStatus.ACCEPTED);

        Station found = stations.find(CP_1).orElseThrow();
        assertThat(found.name()).isEqualTo("Garage");
        assertThat(found.passwordHash()).isEqualTo("new");
        assertThat(found.registration()).isEqualTo(RegistrationStatus.ACCEPTED);
    }

    @Test
    void changingAnUnknownStationIsNotFound() {
        assertThatThrownBy(() -> stations.updateAdministration(CP_1, "x", null, RegistrationStatus.ACCEPTED))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> stations.recordBoot(CP_1, BootInfo.of("Acme", "AC22"), "ocpp1.6", T0))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> stations.saveConnector(CP_1,
                new Connector(1, ConnectorStatus.AVAILABLE, "NoError", null, null, T0)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aBootIsRecordedWithItsProtocolAndTime() {
        stations.insert(aStation("CP-1").bootedAs("Acme", "AC11").build());
        BootInfo boot = new BootInfo("Volt", "DC50", "SN-9", "2.0.0", "8944", "2620", "DC meter", "M-9");

        stations.recordBoot(CP_1, boot, "ocpp2.0.1", minutes(5));

        Station found = stations.find(CP_1).orElseThrow();
        assertThat(found.boot()).isEqualTo(boot);
        assertThat(found.protocol()).isEqualTo("ocpp2.0.1");
        assertThat(found.lastBootAt()).isEqualTo(minutes(5));
    }

    @Test
    void aConnectorsNewStateReplacesItsLastOne() {
        stations.insert(aStation("CP-1").withConnectors(2).build());
        Connector faulted = new Connector(2, ConnectorStatus.FAULTED, "GroundFailure", "RCD tripped", "E42",
                minutes(1));

        stations.saveConnector(CP_1, faulted);

        assertThat(stations.find(CP_1).orElseThrow().connectors())
                .extracting(Connector::connectorId, Connector::status)
                .containsExactly(
                        tuple(1, ConnectorStatus.AVAILABLE),
                        tuple(2, ConnectorStatus.FAULTED));
        assertThat(stations.find(CP_1).orElseThrow().connector(2)).contains(faulted);
    }

    @Test
    void everyConnectorStatusTheDomainKnowsCanBeStored() {
        stations.insert(aStation("CP-1").build());
        ConnectorStatus[] all = ConnectorStatus.values();

        for (int i = 0; i < all.length; i++) {
            stations.saveConnector(CP_1, new Connector(i, all[i], "NoError", null, null, T0));
        }

        assertThat(stations.find(CP_1).orElseThrow().connectors())
                .extracting(Connector::status)
                .containsExactly(all);
    }

    @Test
    void lastSeenTimesOfManyStationsAreWrittenTogether() {
        stations.insert(aStation("CP-1").build());
        stations.insert(aStation("CP-2").build());

        stations.updateLastSeen(Map.of(CP_1, minutes(1), StationId.of("CP-2"), minutes(2),
                StationId.of("deleted-meanwhile"), minutes(3)));

        assertThat(stations.find(CP_1).orElseThrow().lastSeen()).isEqualTo(minutes(1));
        assertThat(stations.find(StationId.of("CP-2")).orElseThrow().lastSeen()).isEqualTo(minutes(2));
    }

    @Test
    void lastSeenNeverMovesBack() {
        stations.insert(aStation("CP-1").build());
        stations.updateLastSeen(Map.of(CP_1, minutes(10)));

        stations.updateLastSeen(Map.of(CP_1, minutes(5)));

        assertThat(stations.find(CP_1).orElseThrow().lastSeen()).isEqualTo(minutes(10));
    }

    @Test
    void deletingAStationRemovesItAndItsConnectors() {
        stations.insert(aStation("CP-1").withConnectors(3).build());

        assertThat(stations.delete(CP_1)).isTrue();

        assertThat(stations.find(CP_1)).isEmpty();
        assertThat(count(db.jdbi(), "connectors")).isZero();
        assertThat(stations.delete(CP_1)).isFalse();
    }

    @Test
    void stationsAreListedInPagesByIdWithTheTotal() {
        for (String id : List.of("CP-3", "CP-1", "CP-5", "CP-2", "CP-4")) {
            stations.insert(aStation(id).withConnectors(1).build());
        }

        Page<Station> second = stations.list(StationQuery.all(), new PageRequest(1, 2));

        assertThat(ids(second)).containsExactly("CP-3", "CP-4");
        assertThat(second.total()).isEqualTo(5);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.items()).allSatisfy(s -> assertThat(s.connectors()).hasSize(1));
    }

    @Test
    void aPageBeyondTheLastIsEmptyButCountsTheMatches() {
        stations.insert(aStation("CP-1").build());

        Page<Station> page = stations.list(StationQuery.all(), new PageRequest(3, 10));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void textSearchMatchesIdNameVendorOrModelIgnoringCase() {
        stations.insert(aStation("GARAGE-1").build());
        stations.insert(aStation("CP-2").named("Underground garage").build());
        stations.insert(aStation("CP-3").bootedAs("GarageTech", "X").build());
        stations.insert(aStation("CP-4").bootedAs("Acme", "garage-wallbox").build());
        stations.insert(aStation("CP-5").named("Depot").bootedAs("Acme", "AC22").build());

        Page<Station> found = stations.list(new StationQuery("gArAgE", null, null), PageRequest.first(10));

        assertThat(ids(found)).containsExactly("CP-2", "CP-3", "CP-4", "GARAGE-1");
        assertThat(found.total()).isEqualTo(4);
    }

    @Test
    void textSearchTakesWildcardCharactersLiterally() {
        stations.insert(aStation("CP-1").named("100% green").build());
        stations.insert(aStation("CP-2").named("1000 volts").build());
        stations.insert(aStation("CP_3").build());
        stations.insert(aStation("CPX3").build());

        assertThat(ids(stations.list(new StationQuery("100%", null, null), PageRequest.first(10))))
                .containsExactly("CP-1");
        assertThat(ids(stations.list(new StationQuery("P_3", null, null), PageRequest.first(10))))
                .containsExactly("CP_3");
    }

    @Test
    void stationsAreFilteredByRegistrationAndIds() {
        stations.insert(aStation("CP-1").build());
        stations.insert(aStation("CP-2").withRegistration(RegistrationStatus.PENDING).build());
        stations.insert(aStation("CP-3").withRegistration(RegistrationStatus.PENDING).build());

        Page<Station> pending = stations.list(new StationQuery(null, RegistrationStatus.PENDING, null),
                PageRequest.first(10));
        Page<Station> connectedAndPending = stations.list(new StationQuery(null, RegistrationStatus.PENDING,
                Set.of(CP_1, StationId.of("CP-3"))), PageRequest.first(10));

        assertThat(ids(pending)).containsExactly("CP-2", "CP-3");
        assertThat(ids(connectedAndPending)).containsExactly("CP-3");
    }

    @Test
    void anEmptySetOfIdsMatchesNoStation() {
        stations.insert(aStation("CP-1").build());

        Page<Station> none = stations.list(new StationQuery(null, null, Set.of()), PageRequest.first(10));

        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
    }

    private static List<String> ids(Page<Station> page) {
        return page.items().stream().map(s -> s.id().value()).toList();
    }
}
