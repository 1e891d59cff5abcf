package io.gridcharge.domain.testing;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.BootInfo;
import io.gridcharge.domain.station.Connector;
import io.gridcharge.domain.station.EvseConnector;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationQuery;
import io.gridcharge.domain.station.StationRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** StationRepository in memory. */
public final class InMemoryStations implements StationRepository {
    private final Map<StationId, Station> stations = new ConcurrentHashMap<>();
    private final Map<StationId, List<EvseConnector>> evseConnectors = new ConcurrentHashMap<>();

    @Override
    public boolean insert(Station station) {
        return stations.putIfAbsent(station.id(), station) == null;
    }

    @Override
    public Optional<Station> find(StationId id) {
        return Optional.ofNullable(stations.get(id));
    }

    @Override
    public Page<Station> list(StationQuery query, PageRequest page) {
        String text = query.text() == null ? null : query.text().toLowerCase(Locale.ROOT);
        List<Station> matches = stations.values().stream()
                .filter(s -> query.registration() == null || s.registration() == query.registration())
                .filter(s -> query.ids() == null || query.ids().contains(s.id()))
                .filter(s -> text == null || mentions(s, text))
                .sorted(Comparator.comparing(Station::id))
                .toList();
        return Fakes.page(matches, page);
    }

    @Override
    public void updateAdministration(StationId id, String name, String passwordHash, RegistrationStatus registration) {
        stations.computeIfPresent(id, (k, s) -> new Station(s.id(), name, passwordHash, registration, s.protocol(),
                s.boot(), s.lastBootAt(), s.lastSeen(), s.connectors(), s.createdAt()));
    }

    @Override
    public void recordBoot(StationId id, BootInfo boot, String protocol, Instant at) {
        stations.computeIfPresent(id, (k, s) -> new Station(s.id(), s.name(), s.passwordHash(), s.registration(),
                protocol, boot, at, s.lastSeen(), s.connectors(), s.createdAt()));
    }

    @Override
    public void saveEvseConnector(StationId id, EvseConnector connector) {
        List<EvseConnector> list = evseConnectors.computeIfAbsent(id, k -> new ArrayList<>());
        synchronized (list) {
            list.removeIf(c -> c.evseId() == connector.evseId() && c.connectorId() == connector.connectorId());
            list.add(connector);
        }
    }

    @Override
    public List<EvseConnector> evseConnectors(StationId id) {
        List<EvseConnector> list = evseConnectors.getOrDefault(id, List.of());
        synchronized (list) {
            return list.stream().sorted(Comparator.comparingInt(EvseConnector::evseId)
                    .thenComparingInt(EvseConnector::connectorId)).toList();
        }
    }

    @Override
    public void saveConnector(StationId id, Connector connector) {
        stations.computeIfPresent(id, (k, s) -> {
            List<Connector> connectors = new ArrayList<>(s.connectors());
            connectors.removeIf(c -> c.connectorId() == connector.connectorId());
            connectors.add(connector);
            return new Station(s.id(), s.name(), s.passwordHash(), s.registration(), s.protocol(), s.boot(),
                    s.lastBootAt(), s.lastSeen(), connectors, s.createdAt());
        });
    }

    @Override
    public void updateLastSeen(Map<StationId, Instant> lastSeen) {
        lastSeen.forEach((id, at) -> stations.computeIfPresent(id, (k, s) -> new Station(s.id(), s.name(),
                s.passwordHash(), s.registration(), s.protocol(), s.boot(), s.lastBootAt(), at, s.connectors(),
                s.createdAt())));
    }

    @Override
    public boolean delete(StationId id) {
        return stations.remove(id) != null;
    }

    public int count() {
        return stations.size();
    }

    /** StationQuery: the text matches id, name, vendor or model, each on its own. */
    private static boolean mentions(Station station, String lowerCaseText) {
        BootInfo boot = station.boot();
        return Stream.of(station.id().value(), station.name(), boot == null ? null : boot.vendor(),
                        boot == null ? null : boot.model())
                .anyMatch(field -> field != null && field.toLowerCase(Locale.ROOT).contains(lowerCaseText));
    }
}
