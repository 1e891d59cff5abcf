package io.gridcharge.api.localauth;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.localauth.LocalListOutcome;
import io.gridcharge.domain.localauth.LocalListSelection;
import io.gridcharge.domain.localauth.LocalListState;
import io.gridcharge.domain.localauth.LocalListSync;
import io.gridcharge.domain.localauth.LocalListVersionCheck;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The local list endpoints' bodies, in and out. */
final class LocalListViews {
    private LocalListViews() {
    }

    /** PUT body: the tokens and groups chosen; both replace what was chosen before. */
    record ChooseRequest(List<String> tokens, List<String> groups) {
    }

    record SyncRequest(Boolean full) {
    }

    record HeldEntry(String idToken, String status, Instant expiresAt, String groupId) {
        static HeldEntry of(Map.Entry<IdToken, Authorization> entry) {
            Authorization answer = entry.getValue();
            return new HeldEntry(entry.getKey().value(), Vocabulary.AUTHORIZATION_STATUS.name(answer.status()),
                    answer.expiresAt(), answer.groupId() == null ? null : answer.groupId().value());
        }
    }

    /**
     * The choice, and what the platform believes the station holds: the version it last accepted (null: none),
     * its entries, and how the last update went.
     */
    record LocalListView(List<String> tokens, List<String> groups, Integer stationVersion, int issuedVersion,
                         List<HeldEntry> held, Instant syncedAt, String lastStatus, Instant lastAttemptAt) {
        static LocalListView of(LocalListSelection selection, LocalListState state) {
            return new LocalListView(values(selection.tokens()), values(selection.groups()), state.stationVersion(),
                    state.issuedVersion(), state.held().entrySet().stream().map(HeldEntry::of).toList(),
                    state.syncedAt(), outcome(state.lastOutcome()), state.lastAttemptAt());
        }
    }

    /** {@code status} is the station's answer to the last update sent, "UpToDate" when none had to be sent. */
    record SyncView(String status, String updateType, Integer version, int updates, int entries,
                    boolean fellBackToFull) {
        static SyncView of(LocalListSync sync) {
            return new SyncView(sync.upToDate() ? "UpToDate" : outcome(sync.outcome()),
                    sync.upToDate() ? null : sync.full() ? "Full" : "Differential", sync.version(), sync.updates(),
                    sync.entries(), sync.fellBackToFull());
        }
    }

    record VersionView(int stationVersion, int platformVersion, boolean supported, boolean inSync) {
        static VersionView of(LocalListVersionCheck check) {
            return new VersionView(check.stationVersion(), check.platformVersion(), check.supported(), check.inSync());
        }
    }

    private static List<String> values(java.util.Set<IdToken> tokens) {
        return tokens.stream().map(IdToken::value).toList();
    }

    private static String outcome(LocalListOutcome outcome) {
        return outcome == null ? null : Vocabulary.LOCAL_LIST_STATUS.name(outcome);
    }
}
