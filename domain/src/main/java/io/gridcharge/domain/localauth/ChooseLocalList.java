package io.gridcharge.domain.localauth;

import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.TokenRepository;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;
import io.gridcharge.domain.shared.NotFound;

/**
 * An operator chooses which tokens a station keeps for offline use: tokens by name and whole groups. A named
 * token must be known to the platform when it is chosen; a group may be empty yet (its members are looked up
 * each time the list is sent). Choosing changes nothing on the station until the list is sent.
 */
public final class ChooseLocalList {
    /** Far above any station's LocalAuthListMaxLength seen in the field; keeps a request bounded. */
    static final int MAX_CHOSEN = 10_000;

    private final LocalListRepository lists;
    private final StationRepository stations;
    private final TokenRepository tokens;

    public ChooseLocalList(LocalListRepository lists, StationRepository stations, TokenRepository tokens) {
        this.lists = lists;
        this.stations = stations;
        this.tokens = tokens;
    }

    public LocalListSelection selection(StationId station) {
        requireStation(station);
        return lists.selection(station);
    }

    public LocalListSelection choose(StationId station, LocalListSelection selection) {
        requireStation(station);
        if (selection.tokens().size() + selection.groups().size() > MAX_CHOSEN) {
            throw new InvalidInput("tokens", "at most " + MAX_CHOSEN + " tokens and groups together");
        }
        for (IdToken token : selection.tokens()) {
            if (tokens.find(token).isEmpty()) {
                throw new InvalidInput("tokens", "id token " + token + " is not known to the platform");
            }
        }
        lists.replaceSelection(station, selection);
        return selection;
    }

    /** What the platform believes the station holds, and the version it last accepted. */
    public LocalListState state(StationId station) {
        requireStation(station);
        return lists.state(station);
    }

    private void requireStation(StationId station) {
        if (stations.find(station).isEmpty()) {
            throw new NotFound("station", station);
        }
    }
}
