package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;
import static io.gridcharge.store.repository.Columns.name;

import io.gridcharge.domain.security.CertificateId;
import io.gridcharge.domain.security.CertificateSigningUse;
import io.gridcharge.domain.security.RootCertificateKind;
import io.gridcharge.domain.security.StationCertificate;
import io.gridcharge.domain.security.StationCertificateRepository;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** {@link StationCertificateRepository} on PostgreSQL: table {@code station_certificates}. */
public final class PgStationCertificateRepository implements StationCertificateRepository {
    private static final String COLUMNS = "id, station_id, source, kind, use, hash_algorithm, issuer_name_hash, "
            + "issuer_key_hash, serial_number, pem, not_after, recorded_at";
    private static final Listing<StationCertificate> LISTING = new Listing<>("station_certificates", COLUMNS,
            "id DESC", (row, ctx) -> certificate(row));

    private final Jdbi jdbi;

    public PgStationCertificateRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(StationCertificate certificate) {
        jdbi.useHandle(handle -> insert(handle, certificate));
    }

    @Override
    public void replaceReported(StationId station, RootCertificateKind kind, List<StationCertificate> reported) {
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                            DELETE FROM station_certificates
                            WHERE station_id = :station AND source = 'REPORTED' AND (CAST(:kind AS text) IS NULL OR kind = :kind)""")
                    .bind("station", station.value())
                    .bind("kind", name(kind))
                    .execute();
            reported.forEach(certificate -> insert(handle, certificate));
        });
    }

    @Override
    public void removeReported(StationId station, CertificateId certificate) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        DELETE FROM station_certificates
                        WHERE station_id = :station AND source = 'REPORTED' AND hash_algorithm = :algorithm
                          AND lower(issuer_name_hash) = lower(:nameHash) AND lower(issuer_key_hash) = lower(:keyHash)
                          AND lower(serial_number) = lower(:serial)""")
                .bind("station", station.value())
                .bind("algorithm", certificate.hashAlgorithm())
                .bind("nameHash", certificate.issuerNameHash())
                .bind("keyHash", certificate.issuerKeyHash())
                .bind("serial", certificate.serialNumber())
                .execute());
    }

    @Override
    public Page<StationCertificate> list(StationId station, PageRequest page) {
        Where where = new Where().and("station_id = :station", "station", station.value());
        return jdbi.inTransaction(handle -> LISTING.page(handle, where, page));
    }

    private static void insert(Handle handle, StationCertificate certificate) {
        CertificateId hash = certificate.hashData();
        handle.createUpdate("""
                        INSERT INTO station_certificates (station_id, source, kind, use, hash_algorithm,
                            issuer_name_hash, issuer_key_hash, serial_number, pem, not_after, recorded_at)
                        VALUES (:station, :source, :kind, :use, :algorithm, :nameHash, :keyHash, :serial, :pem,
                            :notAfter, :recordedAt)""")
                .bind("station", certificate.stationId().value())
                .bind("source", certificate.source().name())
                .bind("kind", name(certificate.kind()))
                .bind("use", name(certificate.use()))
                .bind("algorithm", hash == null ? null : hash.hashAlgorithm())
                .bind("nameHash", hash == null ? null : hash.issuerNameHash())
                .bind("keyHash", hash == null ? null : hash.issuerKeyHash())
                .bind("serial", certificate.serialNumber())
                .bind("pem", certificate.pem())
                .bind("notAfter", certificate.notAfter())
                .bind("recordedAt", certificate.recordedAt())
                .execute();
    }

    private static StationCertificate certificate(ResultSet row) throws SQLException {
        String algorithm = row.getString("hash_algorithm");
        CertificateId hash = algorithm == null ? null : new CertificateId(algorithm,
                row.getString("issuer_name_hash"), row.getString("issuer_key_hash"), row.getString("serial_number"));
        return new StationCertificate(row.getLong("id"), StationId.of(row.getString("station_id")),
                enumValue(row, "source", StationCertificate.Source.class),
                enumValue(row, "kind", RootCertificateKind.class), enumValue(row, "use", CertificateSigningUse.class),
                hash, row.getString("serial_number"), row.getString("pem"), instant(row, "not_after"),
                instant(row, "recorded_at"));
    }
}
