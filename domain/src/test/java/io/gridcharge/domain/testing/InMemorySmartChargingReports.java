package io.gridcharge.domain.testing;

import io.gridcharge.domain.energy.EvChargingNeeds;
import io.gridcharge.domain.energy.EvChargingSchedule;
import io.gridcharge.domain.energy.ExternalChargingLimit;
import io.gridcharge.domain.energy.ReportedChargingProfile;
import io.gridcharge.domain.energy.SmartChargingReportRepository;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link SmartChargingReportRepository} in memory, for tests. */
public final class InMemorySmartChargingReports implements SmartChargingReportRepository {
    private final List<ExternalChargingLimit> limits = new ArrayList<>();
    private final List<EvChargingNeeds> needs = new ArrayList<>();
    private final List<EvChargingSchedule> evSchedules = new ArrayList<>();
    private final List<ReportedChargingProfile> profiles = new ArrayList<>();

    @Override
    public synchronized ExternalChargingLimit addLimit(ExternalChargingLimit limit) {
        clearLimits(limit.stationId(), limit.evseId(), limit.source(), limit.reportedAt());
        ExternalChargingLimit kept = new ExternalChargingLimit(limits.size() + 1, limit.stationId(), limit.evseId(),
                limit.source(), limit.gridCritical(), limit.schedules(), limit.reportedAt(), null);
        limits.add(kept);
        return kept;
    }

    @Override
    public synchronized int clearLimits(StationId stationId, int evseId, String source, Instant at) {
        int cleared = 0;
        for (int i = 0; i < limits.size(); i++) {
            ExternalChargingLimit l = limits.get(i);
            if (l.stationId().equals(stationId) && l.evseId() == evseId && l.source().equals(source) && l.isActive()) {
                limits.set(i, new ExternalChargingLimit(l.id(), l.stationId(), l.evseId(), l.source(),
                        l.gridCritical(), l.schedules(), l.reportedAt(), at));
                cleared++;
            }
        }
        return cleared;
    }

    @Override
    public synchronized List<ExternalChargingLimit> limits(StationId stationId, boolean includeCleared, int limit) {
        return limits.reversed().stream().filter(l -> l.stationId().equals(stationId))
                .filter(l -> includeCleared || l.isActive()).limit(limit).toList();
    }

    @Override
    public synchronized void addNeeds(EvChargingNeeds kept) {
        needs.add(kept);
    }

    @Override
    public synchronized Optional<EvChargingNeeds> latestNeeds(StationId stationId, int evseId) {
        return needs.reversed().stream().filter(n -> n.stationId().equals(stationId) && n.evseId() == evseId)
                .findFirst();
    }

    @Override
    public synchronized List<EvChargingNeeds> needs(StationId stationId, int limit) {
        return needs.reversed().stream().filter(n -> n.stationId().equals(stationId)).limit(limit).toList();
    }

    @Override
    public synchronized void addEvSchedule(EvChargingSchedule schedule) {
        evSchedules.add(schedule);
    }

    @Override
    public synchronized List<EvChargingSchedule> evSchedules(StationId stationId, int limit) {
        return evSchedules.reversed().stream().filter(s -> s.stationId().equals(stationId)).limit(limit).toList();
    }

    @Override
    public synchronized void addReportedProfiles(List<ReportedChargingProfile> reported) {
        for (ReportedChargingProfile p : reported) {
            profiles.removeIf(o -> o.stationId().equals(p.stationId()) && o.requestId() == p.requestId()
                    && o.evseId() == p.evseId() && o.profileId() == p.profileId());
            profiles.add(p);
        }
    }

    @Override
    public synchronized List<ReportedChargingProfile> latestReportedProfiles(StationId stationId) {
        Optional<Integer> latest = profiles.reversed().stream().filter(p -> p.stationId().equals(stationId))
                .findFirst().map(ReportedChargingProfile::requestId);
        return latest.map(request -> profiles.stream()
                .filter(p -> p.stationId().equals(stationId) && p.requestId() == request)
                .sorted(Comparator.comparingInt(ReportedChargingProfile::evseId)
                        .thenComparingInt(ReportedChargingProfile::profileId))
                .toList()).orElse(List.of());
    }
}
