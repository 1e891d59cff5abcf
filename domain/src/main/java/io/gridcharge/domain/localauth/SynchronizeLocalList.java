package io.gridcharge.domain.localauth;

import io.gridcharge.domain.authorization.Authorization;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.authorization.RegisteredToken;
import io.gridcharge.domain.command.AwaitedReply;
import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends a station the tokens chosen for it (OCPP 1.6 §3.5.2, §5.15), each with the answer the platform gives
 * for it now. A differential update carries only what changed since the list the station accepted last: new
 * or changed tokens with their idTagInfo, dropped ones without. The whole list goes when asked, when the
 * station never accepted one, and when it answers a differential with VersionMismatch.
 *
 * <p>Each update gets a new version number from the repository (never reused, even when the station refused
 * it), and that number becomes the station's only once it answered Accepted. Before sending, the station is
 * asked for LocalAuthListMaxLength and SendLocalListMaxLength (GetConfiguration; a station that refuses the
 * question is taken to have no limits): a list longer than the station holds is not sent at all (Conflict),
 * and an update longer than one SendLocalList may carry goes in parts, each a differential after the first.
 */
public final class SynchronizeLocalList {
    private static final Comparator<IdToken> BY_VALUE = Comparator.comparing(IdToken::value);

    private final LocalListRepository lists;
    private final StationRepository stations;
    private final StationCommands commands;
    private final Clock clock;
    /** One sync per station at a time in this process: each differential must start from the list the last left. */
    private final Map<StationId, ReentrantLock> locks = new ConcurrentHashMap<>();

    public SynchronizeLocalList(LocalListRepository lists, StationRepository stations, StationCommands commands,
                                Clock clock) {
        this.lists = lists;
        this.stations = stations;
        this.commands = commands;
        this.clock = clock;
    }

    public LocalListSync synchronize(StationId station, boolean full) {
        if (stations.find(station).isEmpty()) {
            throw new NotFound("station", station);
        }
        // A lock, not synchronized: the wait for the station's answers must not pin a virtual thread (JDK 21).
        ReentrantLock lock = locks.computeIfAbsent(station, id -> new ReentrantLock());
        lock.lock();
        try {
            return synchronizeAlone(station, full);
        } finally {
            lock.unlock();
        }
    }

    private LocalListSync synchronizeAlone(StationId station, boolean full) {
        LocalListLimits limits = limits(station);
        Map<IdToken, Authorization> wanted = wanted(station, clock.instant());
        if (limits.listMaxLength() != null && wanted.size() > limits.listMaxLength()) {
            throw new Conflict("station " + station + " keeps at most " + limits.listMaxLength()
                    + " tokens in its local list (LocalAuthListMaxLength); " + wanted.size() + " are chosen");
        }
        LocalListState state = lists.state(station);
        if (full || state.stationVersion() == null) {
            return sendInParts(station, true, entries(wanted), state, limits, false);
        }
        List<LocalListEntry> changes = changes(state.held(), wanted);
        if (changes.isEmpty()) {
            return new LocalListSync(null, false, state.stationVersion(), 0, 0, false);
        }
        LocalListSync differential = sendInParts(station, false, changes, state, limits, false);
        if (differential.outcome() == LocalListOutcome.VERSION_MISMATCH) {
            return sendInParts(station, true, entries(wanted), lists.state(station), limits, true);
        }
        return differential;
    }

    private LocalListSync sendInParts(StationId station, boolean full, List<LocalListEntry> entries,
                                      LocalListState state, LocalListLimits limits, boolean fellBack) {
        int partSize = limits.sendMaxLength() == null ? Math.max(1, entries.size()) : limits.sendMaxLength();
        Map<IdToken, Authorization> held = new TreeMap<>(BY_VALUE);
        if (!full) {
            held.putAll(state.held());
        }
        Integer version = state.stationVersion();
        int updates = 0;
        int sent = 0;
        int from = 0;
        do {
            List<LocalListEntry> part = entries.subList(from, Math.min(entries.size(), from + partSize));
            int next = lists.issueVersion(station);
            CommandReply reply = AwaitedReply.of(commands.send(station,
                    new StationCommand.SendLocalList(next, full && updates == 0, part)));
            updates++;
            sent += part.size();
            LocalListOutcome outcome = LocalListOutcome.fromStatus(reply.status());
            if (outcome != LocalListOutcome.ACCEPTED) {
                lists.recordRefused(station, outcome, clock.instant());
                return new LocalListSync(outcome, full, version, updates, sent, fellBack);
            }
            apply(part, held);
            lists.recordAccepted(station, next, held, clock.instant());
            version = next;
            from += part.size();
        } while (from < entries.size());
        return new LocalListSync(LocalListOutcome.ACCEPTED, full, version, updates, sent, fellBack);
    }

    private LocalListLimits limits(StationId station) {
        try {
            return LocalListLimits.from(AwaitedReply.of(commands.send(station,
                    new StationCommand.GetConfiguration(LocalListLimits.KEYS))));
        } catch (CommandFailure.Refused | CommandFailure.Unsupported e) {
            return LocalListLimits.unknown();
        }
    }

    private Map<IdToken, Authorization> wanted(StationId station, Instant now) {
        Map<IdToken, Authorization> wanted = new TreeMap<>(BY_VALUE);
        for (RegisteredToken token : lists.selectedTokens(station)) {
            wanted.put(token.idToken(), token.authorizationAt(now));
        }
        return wanted;
    }

    private static List<LocalListEntry> entries(Map<IdToken, Authorization> list) {
        return list.entrySet().stream().map(e -> new LocalListEntry(e.getKey(), e.getValue())).toList();
    }

    /** New and changed tokens with their answer, then the tokens no longer chosen without one. */
    static List<LocalListEntry> changes(Map<IdToken, Authorization> held, Map<IdToken, Authorization> wanted) {
        List<LocalListEntry> changes = new ArrayList<>();
        wanted.forEach((token, answer) -> {
            if (!answer.equals(held.get(token))) {
                changes.add(new LocalListEntry(token, answer));
            }
        });
        held.keySet().stream().filter(token -> !wanted.containsKey(token)).sorted(BY_VALUE)
                .forEach(token -> changes.add(LocalListEntry.removal(token)));
        return changes;
    }

    private static void apply(List<LocalListEntry> part, Map<IdToken, Authorization> held) {
        for (LocalListEntry entry : part) {
            if (entry.isRemoval()) {
                held.remove(entry.idToken());
            } else {
                held.put(entry.idToken(), entry.authorization());
            }
        }
    }
}
