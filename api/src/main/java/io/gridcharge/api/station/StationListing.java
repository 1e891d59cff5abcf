package io.gridcharge.api.station;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationPresence;
import io.gridcharge.domain.station.StationQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists stations with the "connected" filter, which the database cannot apply: connection state lives in
 * presence (DESIGN §2). Connected ones are few and passed to the query as ids; for disconnected ones the
 * query has no exclusion filter yet, so matches are read in chunks and the connected ones skipped.
 */
final class StationListing {
    private final StationAdministration stations;
    private final StationPresence presence;

    StationListing(StationAdministration stations, StationPresence presence) {
        this.stations = stations;
        this.presence = presence;
    }

    /**
     * {@code connected} null means either; {@code within} null means all stations, else only those (the stations
     * of the sites a user manages, issue 7).
     */
    Page<Station> list(String text, RegistrationStatus registration, Boolean connected, Set<StationId> within,
                       PageRequest page) {
        if (connected == null) {
            return stations.list(new StationQuery(text, registration, within), page);
        }
        Set<StationId> online = presence.connectedStations();
        if (connected) {
            Set<StationId> ids = within == null ? online
                    : online.stream().filter(within::contains).collect(java.util.stream.Collectors.toSet());
            return ids.isEmpty()
                    ? new Page<>(List.of(), page.page(), page.size(), 0)
                    : stations.list(new StationQuery(text, registration, ids), page);
        }
        return disconnected(new StationQuery(text, registration, within), online, page);
    }

    private Page<Station> disconnected(StationQuery query, Set<StationId> online, PageRequest page) {
        List<Station> items = new ArrayList<>();
        long matches = 0;
        Page<Station> chunk;
        int chunkIndex = 0;
        do {
            chunk = stations.list(query, new PageRequest(chunkIndex++, PageRequest.MAX_SIZE));
            for (Station station : chunk.items()) {
                if (online.contains(station.id())) {
                    continue;
                }
                if (matches >= page.offset() && items.size() < page.size()) {
                    items.add(station);
                }
                matches++;
            }
        } while (chunk.items().size() == PageRequest.MAX_SIZE);
        return new Page<>(items, page.page(), page.size(), matches);
    }
}
