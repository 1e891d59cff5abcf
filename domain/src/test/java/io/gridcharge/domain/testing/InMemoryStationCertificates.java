package io.gridcharge.domain.testing;

import io.gridcharge.domain.security.CertificateId;
import io.gridcharge.domain.security.RootCertificateKind;
import io.gridcharge.domain.security.StationCertificate;
import io.gridcharge.domain.security.StationCertificateRepository;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** StationCertificateRepository in memory: ids count up from 1, listings are newest first as in PostgreSQL. */
public final class InMemoryStationCertificates implements StationCertificateRepository {
    private final List<StationCertificate> certificates = new ArrayList<>();
    private long lastId;

    @Override
    public synchronized void add(StationCertificate certificate) {
        certificates.add(numbered(certificate));
    }

    @Override
    public synchronized void replaceReported(StationId station, RootCertificateKind kind,
                                             List<StationCertificate> reported) {
        certificates.removeIf(c -> c.stationId().equals(station) && c.source() == StationCertificate.Source.REPORTED
                && (kind == null || c.kind() == kind));
        reported.forEach(c -> certificates.add(numbered(c)));
    }

    @Override
    public synchronized void removeReported(StationId station, CertificateId certificate) {
        certificates.removeIf(c -> c.stationId().equals(station) && c.source() == StationCertificate.Source.REPORTED
                && certificate.equals(c.hashData()));
    }

    @Override
    public synchronized Page<StationCertificate> list(StationId station, PageRequest page) {
        List<StationCertificate> matches = certificates.stream()
                .filter(c -> c.stationId().equals(station))
                .sorted(Comparator.comparingLong(StationCertificate::id).reversed())
                .toList();
        return new Page<>(matches.stream().skip(page.offset()).limit(page.size()).toList(), page.page(), page.size(),
                matches.size());
    }

    private StationCertificate numbered(StationCertificate c) {
        return new StationCertificate(++lastId, c.stationId(), c.source(), c.kind(), c.use(), c.hashData(),
                c.serialNumber(), c.pem(), c.notAfter(), c.recordedAt());
    }
}
