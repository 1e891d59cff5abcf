package io.gridcharge.domain.testing;

import io.gridcharge.domain.firmware.DiagnosticsRepository;
import io.gridcharge.domain.firmware.DiagnosticsStatus;
import io.gridcharge.domain.firmware.DiagnosticsUpload;
import io.gridcharge.domain.firmware.FirmwareId;
import io.gridcharge.domain.firmware.FirmwareImage;
import io.gridcharge.domain.firmware.FirmwareRepository;
import io.gridcharge.domain.firmware.FirmwareStatus;
import io.gridcharge.domain.firmware.TransferHistory;
import io.gridcharge.domain.firmware.TransferStatusEntry;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The firmware context's three repositories in memory: images, diagnostics uploads, transfer history. */
public final class InMemoryFirmware implements FirmwareRepository, DiagnosticsRepository, TransferHistory {
    private final Map<FirmwareId, FirmwareImage> images = new ConcurrentHashMap<>();
    private final Map<FirmwareId, byte[]> imageBytes = new ConcurrentHashMap<>();
    private final Map<Long, DiagnosticsUpload> uploads = new ConcurrentHashMap<>();
    private final Map<Long, String> tokenHashes = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> uploadBytes = new ConcurrentHashMap<>();
    private final List<TransferStatusEntry<FirmwareStatus>> firmware = new CopyOnWriteArrayList<>();
    private final List<TransferStatusEntry<DiagnosticsStatus>> diagnostics = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public void insert(FirmwareImage image, byte[] content) {
        images.put(image.id(), image);
        imageBytes.put(image.id(), content.clone());
    }

    @Override
    public Optional<FirmwareImage> find(FirmwareId id) {
        return Optional.ofNullable(images.get(id));
    }

    @Override
    public Optional<byte[]> content(FirmwareId id) {
        return Optional.ofNullable(imageBytes.get(id)).map(byte[]::clone);
    }

    @Override
    public List<FirmwareImage> list() {
        return images.values().stream().sorted(Comparator.comparing(FirmwareImage::uploadedAt).reversed()).toList();
    }

    @Override
    public boolean delete(FirmwareId id) {
        imageBytes.remove(id);
        return images.remove(id) != null;
    }

    @Override
    public long open(StationId station, String tokenHash, Instant requestedAt, Instant expiresAt) {
        long id = ids.incrementAndGet();
        uploads.put(id, new DiagnosticsUpload(id, station, requestedAt, expiresAt, null, null, null, null, null));
        tokenHashes.put(id, tokenHash);
        return id;
    }

    @Override
    public void announce(long id, String fileName) {
        uploads.computeIfPresent(id, (key, u) -> new DiagnosticsUpload(u.id(), u.station(), u.requestedAt(),
                u.expiresAt(), fileName, u.fileName(), u.size(), u.sha256(), u.receivedAt()));
    }

    @Override
    public void discard(long id) {
        uploads.computeIfPresent(id, (key, u) -> u.received() ? u : null);
        if (!uploads.containsKey(id)) {
            tokenHashes.remove(id);
        }
    }

    @Override
    public synchronized Optional<DiagnosticsUpload> receive(String tokenHash, String fileName, byte[] content,
                                                            String sha256, Instant at) {
        return tokenHashes.entrySet().stream()
                .filter(e -> e.getValue().equals(tokenHash))
                .map(e -> uploads.get(e.getKey()))
                .filter(u -> !u.received() && u.expiresAt().isAfter(at))
                .findFirst()
                .map(u -> {
                    DiagnosticsUpload received = new DiagnosticsUpload(u.id(), u.station(), u.requestedAt(),
                            u.expiresAt(), u.announcedFileName(), fileName, (long) content.length, sha256, at);
                    uploads.put(u.id(), received);
                    uploadBytes.put(u.id(), content.clone());
                    return received;
                });
    }

    @Override
    public List<DiagnosticsUpload> list(StationId station, int limit) {
        return uploads.values().stream().filter(u -> u.station().equals(station))
                .sorted(Comparator.comparing(DiagnosticsUpload::id).reversed()).limit(limit).toList();
    }

    @Override
    public Optional<DiagnosticsUpload> find(StationId station, long id) {
        return Optional.ofNullable(uploads.get(id)).filter(u -> u.station().equals(station));
    }

    @Override
    public Optional<byte[]> content(long id) {
        return Optional.ofNullable(uploadBytes.get(id)).map(byte[]::clone);
    }

    @Override
    public void appendFirmware(TransferStatusEntry<FirmwareStatus> entry) {
        firmware.add(entry);
    }

    @Override
    public void appendDiagnostics(TransferStatusEntry<DiagnosticsStatus> entry) {
        diagnostics.add(entry);
    }

    @Override
    public Page<TransferStatusEntry<FirmwareStatus>> firmware(StationId station, PageRequest page) {
        return newestFirst(firmware, station, page);
    }

    @Override
    public Page<TransferStatusEntry<DiagnosticsStatus>> diagnostics(StationId station, PageRequest page) {
        return newestFirst(diagnostics, station, page);
    }

    private static <S extends Enum<S>> Page<TransferStatusEntry<S>> newestFirst(List<TransferStatusEntry<S>> all,
                                                                                StationId station, PageRequest page) {
        List<TransferStatusEntry<S>> mine = new ArrayList<>(all.stream().filter(e -> e.station().equals(station)).toList());
        java.util.Collections.reverse(mine);
        return Fakes.page(mine, page);
    }
}
