package io.gridcharge.domain.testing;

import io.gridcharge.domain.monitoring.AlarmRule;
import io.gridcharge.domain.monitoring.CustomerInformationPart;
import io.gridcharge.domain.monitoring.EventQuery;
import io.gridcharge.domain.monitoring.MonitoringRepository;
import io.gridcharge.domain.monitoring.ReportedEvent;
import io.gridcharge.domain.monitoring.StationAlarm;
import io.gridcharge.domain.monitoring.StoredEvent;
import io.gridcharge.domain.monitoring.VariableMonitor;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link MonitoringRepository} in memory, for tests. */
public final class InMemoryMonitoring implements MonitoringRepository {
    private final List<StoredEvent> events = new ArrayList<>();
    private final Map<String, VariableMonitor> monitors = new LinkedHashMap<>();
    private final List<CustomerInformationPart> parts = new ArrayList<>();
    private final List<AlarmRule> rules = new ArrayList<>();
    private final List<StationAlarm> alarms = new ArrayList<>();
    private long ruleIds;

    @Override
    public synchronized Optional<StoredEvent> addEvent(StationId stationId, ReportedEvent event, Integer severity,
                                                       Instant receivedAt) {
        boolean known = events.stream().anyMatch(e -> e.stationId().equals(stationId)
                && e.event().eventId() == event.eventId() && e.event().timestamp().equals(event.timestamp()));
        if (known) {
            return Optional.empty();
        }
        StoredEvent stored = new StoredEvent(events.size() + 1, stationId, event, severity, receivedAt);
        events.add(stored);
        return Optional.of(stored);
    }

    @Override
    public synchronized Page<StoredEvent> events(StationId stationId, EventQuery query, PageRequest page) {
        List<StoredEvent> matching = events.stream()
                .filter(e -> e.stationId().equals(stationId))
                .filter(e -> query.componentName() == null
                        || query.componentName().equalsIgnoreCase(e.event().component().name()))
                .filter(e -> query.variableName() == null
                        || query.variableName().equalsIgnoreCase(e.event().variable().name()))
                .filter(e -> query.evseId() == null || query.evseId().equals(e.event().component().evseId()))
                .filter(e -> query.trigger() == null || query.trigger().equalsIgnoreCase(e.event().trigger()))
                .filter(e -> query.from() == null || !e.event().timestamp().isBefore(query.from()))
                .filter(e -> query.to() == null || e.event().timestamp().isBefore(query.to()))
                .sorted(Comparator.comparing((StoredEvent e) -> e.event().timestamp())
                        .thenComparingLong(StoredEvent::id).reversed())
                .toList();
        return page(matching, page);
    }

    @Override
    public synchronized void putMonitors(StationId stationId, List<VariableMonitor> reported) {
        reported.forEach(m -> monitors.put(stationId.value() + "#" + m.monitorId(), m));
    }

    @Override
    public synchronized Optional<VariableMonitor> monitor(StationId stationId, int monitorId) {
        return Optional.ofNullable(monitors.get(stationId.value() + "#" + monitorId));
    }

    @Override
    public synchronized List<VariableMonitor> monitors(StationId stationId) {
        return monitors.entrySet().stream().filter(e -> e.getKey().startsWith(stationId.value() + "#"))
                .map(Map.Entry::getValue).sorted(Comparator.comparingInt(VariableMonitor::monitorId)).toList();
    }

    @Override
    public synchronized boolean addCustomerInformation(CustomerInformationPart part) {
        boolean known = parts.stream().anyMatch(p -> p.stationId().equals(part.stationId())
                && p.requestId() == part.requestId() && p.seqNo() == part.seqNo());
        if (!known) {
            parts.add(part);
        }
        return !known;
    }

    @Override
    public synchronized List<CustomerInformationPart> customerInformation(StationId stationId, int requestId) {
        return parts.stream().filter(p -> p.stationId().equals(stationId) && p.requestId() == requestId)
                .sorted(Comparator.comparingInt(CustomerInformationPart::seqNo)).toList();
    }

    @Override
    public synchronized AlarmRule addRule(AlarmRule rule) {
        AlarmRule kept = new AlarmRule(++ruleIds, rule.stationId(), rule.componentName(), rule.variableName(),
                rule.maxSeverity());
        rules.add(kept);
        return kept;
    }

    @Override
    public synchronized List<AlarmRule> rulesFor(StationId stationId) {
        return rules.stream().filter(r -> r.stationId() == null || r.stationId().equals(stationId)).toList();
    }

    @Override
    public synchronized List<AlarmRule> rules() {
        return List.copyOf(rules);
    }

    @Override
    public synchronized boolean removeRule(long ruleId) {
        return rules.removeIf(r -> r.id() == ruleId);
    }

    @Override
    public synchronized StationAlarm raise(StationAlarm alarm) {
        StationAlarm kept = new StationAlarm(alarms.size() + 1, alarm.stationId(), alarm.ruleId(), alarm.eventId(),
                alarm.componentName(), alarm.variableName(), alarm.actualValue(), alarm.severity(), alarm.raisedAt(),
                null, null);
        alarms.add(kept);
        return kept;
    }

    @Override
    public synchronized Page<StationAlarm> alarms(StationId stationId, boolean openOnly, PageRequest page) {
        return page(alarms.reversed().stream().filter(a -> stationId == null || a.stationId().equals(stationId))
                .filter(a -> !openOnly || a.isOpen()).toList(), page);
    }

    @Override
    public synchronized Optional<StationAlarm> alarm(long alarmId) {
        return alarms.stream().filter(a -> a.id() == alarmId).findFirst();
    }

    @Override
    public synchronized Optional<StationAlarm> acknowledge(long alarmId, String by, Instant at) {
        for (int i = 0; i < alarms.size(); i++) {
            StationAlarm a = alarms.get(i);
            if (a.id() == alarmId && a.isOpen()) {
                alarms.set(i, new StationAlarm(a.id(), a.stationId(), a.ruleId(), a.eventId(), a.componentName(),
                        a.variableName(), a.actualValue(), a.severity(), a.raisedAt(), at, by));
            }
        }
        return alarm(alarmId);
    }

    private static <T> Page<T> page(List<T> all, PageRequest page) {
        int from = (int) Math.min(all.size(), page.offset());
        return new Page<>(all.subList(from, Math.min(all.size(), from + page.size())), page.page(), page.size(),
                all.size());
    }
}
