package io.gridcharge.domain.firmware;

import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where diagnostics uploads are kept. An upload slot is known by the SHA-256 of its token, never the token
 * itself, so the table gives no way to upload. Each method is one database transaction.
 */
public interface DiagnosticsRepository {
    /** A new slot; answers its id. */
    long open(StationId station, String tokenHash, Instant requestedAt, Instant expiresAt);

    void announce(long id, String fileName);

    /** Removes a slot the station never got (the request did not reach it). */
    void discard(long id);

    /**
     * Stores the file in the slot of {@code tokenHash} if that slot is still open at {@code at} (not used, not
     * expired) and closes it; empty when there is no such open slot.
     */
    Optional<DiagnosticsUpload> receive(String tokenHash, String fileName, byte[] content, String sha256, Instant at);

    /** Newest first, at most {@code limit}. */
    List<DiagnosticsUpload> list(StationId station, int limit);

    Optional<DiagnosticsUpload> find(StationId station, long id);

    Optional<byte[]> content(long id);
}
