package io.gridcharge.domain.firmware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.gridcharge.domain.command.CommandFailure;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.security.RecordReportedStatus;
import io.gridcharge.domain.security.ReportedStatus;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.Station;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.testing.Fakes;
import io.gridcharge.domain.testing.InMemoryFirmware;
import io.gridcharge.domain.testing.InMemoryReportedStatus;
import io.gridcharge.domain.testing.InMemoryStations;
import io.gridcharge.domain.testing.ScriptedStationCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FirmwareAndDiagnosticsTest {
    private static final StationId CP1 = StationId.of("CP-1");
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final PublicAddress ADDRESS = () -> "http://cs.example:8080";

    private final Fakes.ManualClock clock = new Fakes.ManualClock(NOW);
    private final InMemoryStations stations = new InMemoryStations();
    private final InMemoryFirmware store = new InMemoryFirmware();
    private final ScriptedStationCommands station = new ScriptedStationCommands();
    private final FirmwareLibrary library = new FirmwareLibrary(store, clock);
    private final InMemoryReportedStatus reports = new InMemoryReportedStatus();
    private final UpdateStationFirmware update = new UpdateStationFirmware(store, stations, station, store,
            new RecordReportedStatus(reports, clock), ADDRESS, clock);
    private final RequestDiagnostics request = new RequestDiagnostics(store, stations, station, store, ADDRESS, clock);
    private final ReceiveDiagnostics receive = new ReceiveDiagnostics(store, store, clock);
    private final RecordTransferStatus record = new RecordTransferStatus(store, clock);

    @BeforeEach
    void aStation() {
        stations.insert(Station.registered(CP1, null, null, RegistrationStatus.ACCEPTED, NOW));
    }

    @Test
    void anUploadedImageKeepsItsChecksumAndIsServedOnlyUnderItsFileName() {
        byte[] bytes = "firmware-bytes".getBytes(StandardCharsets.UTF_8);

        FirmwareImage image = library.upload("Wallbox", "2.1.0", "wallbox-2.1.0.bin", bytes);

        assertThat(image.sha256()).isEqualTo("b3d2053151449418946eb62009c05bc3fe73d300341648fe09b3e0855baa4e87");
        assertThat(image.size()).isEqualTo(bytes.length);
        assertThat(image.id().value()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(library.download(image.id(), "wallbox-2.1.0.bin")).isEqualTo(bytes);
        assertThatThrownBy(() -> library.download(image.id(), "other.bin")).isInstanceOf(NotFound.class);
    }

    @Test
    void aFileNameThatCouldLeaveItsDirectoryIsRefused() {
        assertThatThrownBy(() -> library.upload("x", "1", "../etc/passwd", new byte[] {1}))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> library.upload("x", "1", ".hidden", new byte[] {1}))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void updatingToAHostedImageSendsItsDownloadUrlAndRecordsTheRequest() {
        FirmwareImage image = library.upload("Wallbox", "2.1.0", "fw.bin", new byte[] {1, 2, 3});

        update.update(CP1, image.id(), null, null, 3, 60);

        StationCommand.UpdateFirmware sent = station.sent(StationCommand.UpdateFirmware.class).getFirst();
        assertThat(sent.location()).isEqualTo("http://cs.example:8080/firmware/" + image.id() + "/fw.bin");
        assertThat(sent.retrieveAt()).isEqualTo(NOW);
        assertThat(sent.retries()).isEqualTo(3);
        assertThat(store.firmware(CP1, PageRequest.first(10)).items())
                .extracting(TransferStatusEntry::status).containsExactly(FirmwareStatus.REQUESTED);
    }

    @Test
    void anUpdateA201StationRefusesIsKeptAsItsAnswerToThatRequestAndNotAsRequested() {
        station.answer(StationCommand.UpdateFirmware.class,
                CommandReply.of("RevokedCertificate", new FirmwareRequest(41)));

        var sent = update.update(CP1, null, "https://firmware.example/fw.bin", null, null, null);

        assertThat(sent.taken()).isFalse();
        assertThat(sent.stationAnswer()).isEqualTo("RevokedCertificate");
        assertThat(sent.requestId()).isEqualTo(41);
        assertThat(store.firmware(CP1, PageRequest.first(10)).items()).isEmpty();
        assertThat(reports.list(CP1, ReportedStatus.Kind.SIGNED_FIRMWARE_UPDATE, PageRequest.first(10)).items())
                .extracting(ReportedStatus::status, ReportedStatus::requestId)
                .containsExactly(tuple("RevokedCertificate", 41));
    }

    @Test
    void anUpdateThatCancelsTheOneUnderWayIsRequestedAndA16AnswerWithoutStatusToo() {
        station.answer(StationCommand.UpdateFirmware.class, CommandReply.of("AcceptedCanceled",
                new FirmwareRequest(42)), CommandReply.of(null));

        var replacing = update.update(CP1, null, "https://firmware.example/fw.bin", null, null, null);
        var of16 = update.update(CP1, null, "https://firmware.example/fw.bin", null, null, null);

        assertThat(replacing.taken()).isTrue();
        assertThat(of16.taken()).isTrue();
        assertThat(of16.requestId()).isNull();
        assertThat(store.firmware(CP1, PageRequest.first(10)).items()).extracting(TransferStatusEntry::status)
                .containsExactly(FirmwareStatus.REQUESTED, FirmwareStatus.REQUESTED);
        assertThat(reports.list(CP1, ReportedStatus.Kind.SIGNED_FIRMWARE_UPDATE, PageRequest.first(10)).items())
                .isEmpty();
    }

    @Test
    void anUpdateNamesEitherAnImageOrALocationAndTheLocationMustBeAUrl() {
        assertThatThrownBy(() -> update.update(CP1, null, null, null, null, null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> update.update(CP1, null, "not a url", null, null, null))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> update.update(CP1, null, "file:///etc/passwd", null, null, null))
                .isInstanceOf(InvalidInput.class);
        assertThat(station.sent()).isEmpty();
    }

    @Test
    void theStationsProgressBecomesItsHistoryNewestFirst() {
        record.firmware(CP1, FirmwareStatus.DOWNLOADING);
        clock.advance(Duration.ofSeconds(30));
        record.firmware(CP1, FirmwareStatus.DOWNLOADED);

        assertThat(store.firmware(CP1, PageRequest.first(10)).items()).extracting(TransferStatusEntry::status)
                .containsExactly(FirmwareStatus.DOWNLOADED, FirmwareStatus.DOWNLOADING);
    }

    @Test
    void diagnosticsGoToASingleUseUploadUrlOfThePlatform() {
        station.answer(StationCommand.GetDiagnostics.class, CommandReply.of(null, new DiagnosticsFile("diag.zip")));

        DiagnosticsUpload slot = request.request(CP1, null, null, null, null);
        String location = station.sent(StationCommand.GetDiagnostics.class).getFirst().location();
        String token = location.substring(location.lastIndexOf('/') + 1);
        DiagnosticsUpload received = receive.receive(token, "diag.zip", new byte[] {9, 9});

        assertThat(location).startsWith("http://cs.example:8080/diagnostics/");
        assertThat(slot.announcedFileName()).isEqualTo("diag.zip");
        assertThat(received.size()).isEqualTo(2);
        assertThat(receive.content(CP1, slot.id())).containsExactly(9, 9);
        assertThatThrownBy(() -> receive.receive(token, "again.zip", new byte[] {1})).isInstanceOf(NotFound.class);
    }

    @Test
    void aRequestThatDoesNotReachTheStationLeavesNoUploadSlot() {
        station.failWith(new CommandFailure.NotConnected(CP1));

        assertThatThrownBy(() -> request.request(CP1, null, null, null, null))
                .isInstanceOf(CommandFailure.NotConnected.class);
        assertThat(store.list(CP1, 10)).isEmpty();
        assertThat(store.diagnostics(CP1, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void anUploadAfterTheWindowClosedIsRefused() {
        request.request(CP1, null, null, null, null);
        String location = station.sent(StationCommand.GetDiagnostics.class).getFirst().location();
        clock.advance(RequestDiagnostics.UPLOAD_WINDOW.plusSeconds(1));

        assertThatThrownBy(() -> receive.receive(location.substring(location.lastIndexOf('/') + 1), "d.zip",
                new byte[] {1})).isInstanceOf(NotFound.class);
    }
}
