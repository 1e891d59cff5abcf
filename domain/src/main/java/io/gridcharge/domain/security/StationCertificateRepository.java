package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.util.List;

/** Where the certificates each station holds are kept. Each method is one database transaction. */
public interface StationCertificateRepository {

    void add(StationCertificate certificate);

    /**
     * The station's latest list of its certificates of {@code kind} (null: of every kind) replaces the reported
     * ones of that kind.
     */
    void replaceReported(StationId station, RootCertificateKind kind, List<StationCertificate> reported);

    /** A certificate the station deleted is no longer among those it reported. */
    void removeReported(StationId station, CertificateId certificate);

    /** Newest first. */
    Page<StationCertificate> list(StationId station, PageRequest page);
}
