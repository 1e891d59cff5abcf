package io.gridcharge.domain.localauth;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.IdToken;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the platform knows of a station's local list: the highest version number it handed out, the version
 * the station last accepted (null: none yet) with the entries it holds since, and how the last attempt went.
 */
public record LocalListState(int issuedVersion, Integer stationVersion, Map<IdToken, Authorization> held,
                             Instant syncedAt, LocalListOutcome lastOutcome, Instant lastAttemptAt) {
    public LocalListState {
        TreeMap<IdToken, Authorization> copy = new TreeMap<>(java.util.Comparator.comparing(IdToken::value));
        if (held != null) {
            copy.putAll(held);
        }
        held = Collections.unmodifiableMap(copy);
    }

    /** A station the platform never sent a list to. */
    public static LocalListState never() {
        return new LocalListState(0, null, Map.of(), null, null, null);
    }
}
