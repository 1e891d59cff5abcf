package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Columns.enumValue;
import static io.gridcharge.store.repository.Columns.instant;

import io.gridcharge.domain.firmware.DiagnosticsStatus;
import io.gridcharge.domain.firmware.FirmwareStatus;
import io.gridcharge.domain.firmware.TransferHistory;
import io.gridcharge.domain.firmware.TransferStatusEntry;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import org.jdbi.v3.core.Jdbi;

/** {@link TransferHistory} on PostgreSQL: table {@code transfer_statuses}, one kind per history. */
public final class PgTransferHistory implements TransferHistory {
    private static final String FIRMWARE = "FIRMWARE";
    private static final String DIAGNOSTICS = "DIAGNOSTICS";

    private final Jdbi jdbi;

    public PgTransferHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void appendFirmware(TransferStatusEntry<FirmwareStatus> entry) {
        append(FIRMWARE, entry);
    }

    @Override
    public void appendDiagnostics(TransferStatusEntry<DiagnosticsStatus> entry) {
        append(DIAGNOSTICS, entry);
    }

    @Override
    public Page<TransferStatusEntry<FirmwareStatus>> firmware(StationId station, PageRequest page) {
        return page(station, FIRMWARE, FirmwareStatus.class, page);
    }

    @Override
    public Page<TransferStatusEntry<DiagnosticsStatus>> diagnostics(StationId station, PageRequest page) {
        return page(station, DIAGNOSTICS, DiagnosticsStatus.class, page);
    }

    private void append(String kind, TransferStatusEntry<?> entry) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO transfer_statuses (station_id, kind, status, detail, at)
                        VALUES (:station, :kind, :status, :detail, :at)""")
                .bind("station", entry.station().value())
                .bind("kind", kind)
                .bind("status", entry.status().name())
                .bind("detail", entry.detail())
                .bind("at", entry.at())
                .execute());
    }

    private <S extends Enum<S>> Page<TransferStatusEntry<S>> page(StationId station, String kind, Class<S> type,
                                                                   PageRequest page) {
        Listing<TransferStatusEntry<S>> listing = new Listing<>("transfer_statuses", "station_id, status, detail, at",
                "at DESC, id DESC", (row, ctx) -> new TransferStatusEntry<>(StationId.of(row.getString("station_id")),
                        enumValue(row, "status", type), row.getString("detail"), instant(row, "at")));
        Where where = new Where().and("station_id = :station", "station", station.value())
                .and("kind = :kind", "kind", kind);
        return jdbi.inTransaction(handle -> listing.page(handle, where, page));
    }
}
