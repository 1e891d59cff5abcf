package io.gridcharge.domain.testing;

import io.gridcharge.domain.devicemodel.ComponentRef;
import io.gridcharge.domain.devicemodel.ComponentSummary;
import io.gridcharge.domain.devicemodel.DeviceModelQuery;
import io.gridcharge.domain.devicemodel.DeviceModelRepository;
import io.gridcharge.domain.devicemodel.DeviceReport;
import io.gridcharge.domain.devicemodel.DeviceReportPart;
import io.gridcharge.domain.devicemodel.ReportedVariable;
import io.gridcharge.domain.devicemodel.StoredVariable;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link DeviceModelRepository} in memory, for tests: variables replace each other by their key, parts are counted
 * once per request and sequence number. A report's variables replace attributes as a whole (the PostgreSQL one
 * merges by attribute type); tests that care use the real one.
 */
public final class InMemoryDeviceModels implements DeviceModelRepository {
    private record Part(DeviceReportPart part, Instant receivedAt) {
    }

    private final StationRepository stations;
    private final Map<StationId, Map<List<Object>, StoredVariable>> variables = new LinkedHashMap<>();
    private final Map<StationId, Map<Integer, Map<Integer, Part>>> parts = new LinkedHashMap<>();

    public InMemoryDeviceModels(StationRepository stations) {
        this.stations = stations;
    }

    @Override
    public synchronized boolean applyReportPart(StationId stationId, DeviceReportPart part, Instant receivedAt) {
        if (stations.find(stationId).isEmpty()) {
            throw new NotFound("station", stationId);
        }
        Map<Integer, Part> ofRequest = parts.computeIfAbsent(stationId, id -> new TreeMap<>())
                .computeIfAbsent(part.requestId(), id -> new TreeMap<>());
        if (ofRequest.containsKey(part.seqNo())) {
            return false;
        }
        ofRequest.put(part.seqNo(), new Part(part, receivedAt));
        Map<List<Object>, StoredVariable> model = variables.computeIfAbsent(stationId, id -> new LinkedHashMap<>());
        for (ReportedVariable variable : part.variables()) {
            StoredVariable known = model.get(variable.key());
            ReportedVariable kept = variable.characteristics() != null || known == null ? variable
                    : new ReportedVariable(variable.component(), variable.variable(), variable.attributes(),
                            known.variable().characteristics());
            model.put(variable.key(), new StoredVariable(kept, part.generatedAt()));
        }
        return true;
    }

    @Override
    public synchronized Page<StoredVariable> variables(StationId stationId, DeviceModelQuery query, PageRequest page) {
        List<StoredVariable> matching = variables.getOrDefault(stationId, Map.of()).values().stream()
                .filter(v -> query.componentName() == null
                        || v.variable().component().name().equalsIgnoreCase(query.componentName()))
                .filter(v -> query.variableName() == null
                        || v.variable().variable().name().equalsIgnoreCase(query.variableName()))
                .filter(v -> query.evseId() == null || query.evseId().equals(v.variable().component().evseId()))
                .sorted(Comparator.comparing(v -> v.variable().key().toString()))
                .toList();
        List<StoredVariable> items = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(items, page.page(), page.size(), matching.size());
    }

    @Override
    public synchronized List<ComponentSummary> components(StationId stationId) {
        Map<ComponentRef, Integer> counts = new LinkedHashMap<>();
        variables.getOrDefault(stationId, Map.of()).values()
                .forEach(v -> counts.merge(v.variable().component(), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new ComponentSummary(e.getKey(), e.getValue())).toList();
    }

    @Override
    public synchronized Optional<DeviceReport> report(StationId stationId, int requestId) {
        Map<Integer, Part> ofRequest = parts.getOrDefault(stationId, Map.of()).get(requestId);
        return Optional.ofNullable(ofRequest).map(p -> reportOf(requestId, p));
    }

    @Override
    public synchronized List<DeviceReport> reports(StationId stationId, int limit) {
        List<DeviceReport> reports = new ArrayList<>();
        parts.getOrDefault(stationId, Map.of()).forEach((requestId, p) -> reports.add(reportOf(requestId, p)));
        reports.sort(Comparator.comparing(DeviceReport::firstReceivedAt).reversed());
        return reports.stream().limit(limit).toList();
    }

    private static DeviceReport reportOf(int requestId, Map<Integer, Part> parts) {
        int highest = parts.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        int variables = parts.values().stream().mapToInt(p -> p.part().variables().size()).sum();
        Instant first = parts.values().stream().map(Part::receivedAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant completed = parts.values().stream().filter(p -> !p.part().continues()).map(Part::receivedAt)
                .max(Comparator.naturalOrder()).orElse(null);
        return new DeviceReport(requestId, parts.size(), highest, variables, first, completed);
    }
}
