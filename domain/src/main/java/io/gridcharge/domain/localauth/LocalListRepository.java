package io.gridcharge.domain.localauth;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Where each station's local list selection and state are kept. Each method is one database transaction. */
public interface LocalListRepository {

    LocalListSelection selection(StationId station);

    void replaceSelection(StationId station, LocalListSelection selection);

    /** The registered tokens the selection names now: the named ones that exist, and every member of the groups. */
    List<RegisteredToken> selectedTokens(StationId station);

    LocalListState state(StationId station);

    /** The next version number of the station's list: 1 first, then one more each time, never the same twice. */
    int issueVersion(StationId station);

    /** The station accepted {@code version} and now holds {@code held}. */
    void recordAccepted(StationId station, int version, Map<IdToken, Authorization> held, Instant at);

    /** The station answered an update with something other than Accepted; what it holds is unchanged. */
    void recordRefused(StationId station, LocalListOutcome outcome, Instant at);
}
