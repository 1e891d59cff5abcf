package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.T0;
import static io.gridcharge.store.repository.Fixtures.aStation;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.firmware.DiagnosticsStatus;
import io.gridcharge.domain.firmware.DiagnosticsUpload;
import io.gridcharge.domain.firmware.FirmwareId;
import io.gridcharge.domain.firmware.FirmwareImage;
import io.gridcharge.domain.firmware.FirmwareStatus;
import io.gridcharge.domain.firmware.TransferStatusEntry;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.store.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgFirmwareRepositoryIT {
    private static final StationId CP1 = StationId.of("CP-1");
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private PgFirmwareRepository images;
    private PgDiagnosticsRepository uploads;
    private PgTransferHistory history;

    @BeforeEach
    void aRegisteredStation() {
        Fixtures.emptyAllTables(db.jdbi());
        db.jdbi().useHandle(handle -> handle.execute("TRUNCATE firmware_images CASCADE"));
        new PgStationRepository(db.jdbi()).insert(aStation("CP-1").build());
        images = new PgFirmwareRepository(db.jdbi());
        uploads = new PgDiagnosticsRepository(db.jdbi());
        history = new PgTransferHistory(db.jdbi());
    }

    @Test
    void anImageIsFoundWithItsBytesAndListedNewestFirst() {
        FirmwareImage older = image("AAAAAAAAAAAAAAAAAAAAAA", 0);
        FirmwareImage newer = image("BBBBBBBBBBBBBBBBBBBBBB", 5);
        images.insert(older, new byte[] {1, 2, 3});
        images.insert(newer, new byte[] {4});

        assertThat(images.find(older.id())).contains(older);
        assertThat(images.content(older.id())).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
        assertThat(images.list()).containsExactly(newer, older);
    }

    @Test
    void aDeletedImageTakesItsBytesWithIt() {
        FirmwareImage image = image("AAAAAAAAAAAAAAAAAAAAAA", 0);
        images.insert(image, new byte[] {1});

        assertThat(images.delete(image.id())).isTrue();

        assertThat(images.find(image.id())).isEmpty();
        assertThat(images.content(image.id())).isEmpty();
        assertThat(Fixtures.count(db.jdbi(), "firmware_content")).isZero();
        assertThat(images.delete(image.id())).isFalse();
    }

    @Test
    void anUploadSlotTakesOneFileBeforeItExpires() {
        long id = uploads.open(CP1, HASH_A, T0, minutes(60));
        uploads.announce(id, "diag.zip");

        Optional<DiagnosticsUpload> received = uploads.receive(HASH_A, "diag.zip", new byte[] {7, 7}, HASH_B, minutes(1));
        Optional<DiagnosticsUpload> again = uploads.receive(HASH_A, "other.zip", new byte[] {1}, HASH_B, minutes(2));

        assertThat(received).hasValueSatisfying(upload -> {
            assertThat(upload.announcedFileName()).isEqualTo("diag.zip");
            assertThat(upload.size()).isEqualTo(2);
            assertThat(upload.receivedAt()).isEqualTo(minutes(1));
        });
        assertThat(again).isEmpty();
        assertThat(uploads.content(id)).hasValueSatisfying(b -> assertThat(b).containsExactly(7, 7));
        assertThat(uploads.list(CP1, 10)).extracting(DiagnosticsUpload::fileName).containsExactly("diag.zip");
    }

    @Test
    void aDiscardedSlotIsGoneAndTakesNothing() {
        long id = uploads.open(CP1, HASH_A, T0, minutes(60));

        uploads.discard(id);

        assertThat(uploads.find(CP1, id)).isEmpty();
        assertThat(uploads.receive(HASH_A, "d.zip", new byte[] {1}, HASH_B, minutes(1))).isEmpty();
    }

    @Test
    void anExpiredSlotTakesNothing() {
        long id = uploads.open(CP1, HASH_A, T0, minutes(60));

        assertThat(uploads.receive(HASH_A, "late.zip", new byte[] {1}, HASH_B, minutes(60))).isEmpty();
        assertThat(uploads.find(CP1, id)).hasValueSatisfying(upload -> assertThat(upload.received()).isFalse());
        assertThat(uploads.find(StationId.of("CP-2"), id)).isEmpty();
    }

    @Test
    void firmwareAndDiagnosticsHistoriesAreKeptApartNewestFirst() {
        history.appendFirmware(new TransferStatusEntry<>(CP1, FirmwareStatus.REQUESTED, "http://x/fw.bin", T0));
        history.appendFirmware(new TransferStatusEntry<>(CP1, FirmwareStatus.DOWNLOADING, null, minutes(1)));
        history.appendDiagnostics(new TransferStatusEntry<>(CP1, DiagnosticsStatus.UPLOADING, null, minutes(2)));

        var firmware = history.firmware(CP1, PageRequest.first(10));
        assertThat(firmware.items()).extracting(TransferStatusEntry::status)
                .containsExactly(FirmwareStatus.DOWNLOADING, FirmwareStatus.REQUESTED);
        assertThat(firmware.items().getLast().detail()).isEqualTo("http://x/fw.bin");
        assertThat(history.diagnostics(CP1, PageRequest.first(10)).items()).extracting(TransferStatusEntry::status)
                .containsExactly(DiagnosticsStatus.UPLOADING);
    }

    private static FirmwareImage image(String id, long minute) {
        return new FirmwareImage(FirmwareId.of(id), "Wallbox", "2.1." + minute, "fw.bin", 3, "c".repeat(64),
                minutes(minute));
    }
}
