package io.gridcharge.domain.testing;

import io.gridcharge.domain.billing.MasterMeterRepository;
import io.gridcharge.domain.billing.MeterReading;
import io.gridcharge.domain.tenant.SiteId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryMasterMeter implements MasterMeterRepository {
    private final Map<SiteId, List<MeterReading>> readings = new HashMap<>();

    @Override
    public synchronized boolean record(SiteId site, MeterReading reading) {
        List<MeterReading> list = readings.computeIfAbsent(site, s -> new ArrayList<>());
        if (list.stream().anyMatch(r -> r.at().equals(reading.at()))) {
            return false;
        }
        list.add(reading);
        return true;
    }

    @Override
    public synchronized List<MeterReading> readings(SiteId site, Instant from, Instant to) {
        return readings.getOrDefault(site, List.of()).stream()
                .filter(r -> !r.at().isBefore(from) && r.at().isBefore(to))
                .sorted(Comparator.comparing(MeterReading::at)).toList();
    }
}
