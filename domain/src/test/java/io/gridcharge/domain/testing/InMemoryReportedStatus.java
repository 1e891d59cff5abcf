package io.gridcharge.domain.testing;

import io.gridcharge.domain.security.ReportedStatus;
import io.gridcharge.domain.security.ReportedStatusRepository;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** ReportedStatusRepository in memory: ids count up from 1, listings are newest first as in PostgreSQL. */
public final class InMemoryReportedStatus implements ReportedStatusRepository {
    private final List<ReportedStatus> reports = new ArrayList<>();

    @Override
    public synchronized ReportedStatus append(ReportedStatus status) {
        ReportedStatus numbered = new ReportedStatus(reports.size() + 1, status.stationId(), status.kind(),
                status.status(), status.requestId(), status.receivedAt());
        reports.add(numbered);
        return numbered;
    }

    @Override
    public synchronized Page<ReportedStatus> list(StationId station, ReportedStatus.Kind kind, PageRequest page) {
        List<ReportedStatus> matches = reports.stream()
                .filter(r -> r.stationId().equals(station) && r.kind() == kind)
                .sorted(Comparator.comparingLong(ReportedStatus::id).reversed())
                .toList();
        return new Page<>(matches.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(),
                matches.size());
    }
}
