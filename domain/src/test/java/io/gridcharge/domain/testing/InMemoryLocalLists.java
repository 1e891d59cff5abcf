package io.gridcharge.domain.testing;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.authorization.TokenRepository;
import io.gridcharge.domain.localauth.LocalListOutcome;
import io.gridcharge.domain.localauth.LocalListRepository;
import io.gridcharge.domain.localauth.LocalListSelection;
import io.gridcharge.domain.localauth.LocalListState;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** LocalListRepository in memory, reading the chosen tokens from the token repository it is given. */
public final class InMemoryLocalLists implements LocalListRepository {
    private final TokenRepository tokens;
    private final Map<StationId, LocalListSelection> selections = new ConcurrentHashMap<>();
    private final Map<StationId, LocalListState> states = new ConcurrentHashMap<>();

    public InMemoryLocalLists(TokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public LocalListSelection selection(StationId station) {
        return selections.getOrDefault(station, LocalListSelection.none());
    }

    @Override
    public void replaceSelection(StationId station, LocalListSelection selection) {
        selections.put(station, selection);
    }

    @Override
    public List<RegisteredToken> selectedTokens(StationId station) {
        LocalListSelection selection = selection(station);
        return tokens.list(null, PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(t -> selection.tokens().contains(t.idToken())
                        || (t.groupId() != null && selection.groups().contains(t.groupId())))
                .sorted(Comparator.comparing(t -> t.idToken().value()))
                .toList();
    }

    @Override
    public LocalListState state(StationId station) {
        return states.getOrDefault(station, LocalListState.never());
    }

    @Override
    public synchronized int issueVersion(StationId station) {
        LocalListState state = state(station);
        int next = state.issuedVersion() + 1;
        states.put(station, new LocalListState(next, state.stationVersion(), state.held(), state.syncedAt(),
                state.lastOutcome(), state.lastAttemptAt()));
        return next;
    }

    @Override
    public synchronized void recordAccepted(StationId station, int version, Map<IdToken, Authorization> held,
                                            Instant at) {
        LocalListState state = state(station);
        states.put(station, new LocalListState(state.issuedVersion(), version, held, at, LocalListOutcome.ACCEPTED, at));
    }

    @Override
    public synchronized void recordRefused(StationId station, LocalListOutcome outcome, Instant at) {
        LocalListState state = state(station);
        states.put(station, new LocalListState(state.issuedVersion(), state.stationVersion(), state.held(),
                state.syncedAt(), outcome, at));
    }
}
